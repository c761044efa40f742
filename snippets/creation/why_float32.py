import torch

# Bytes per element, and the size of a 1000 x 1000 weight matrix.
for dtype in (torch.float64, torch.float32, torch.float16, torch.int64):
    t = torch.zeros(1000, 1000, dtype=dtype)
    mb = t.element_size() * t.numel() / 1e6
    print(f"{str(dtype):14} {t.element_size()} bytes/elem  {mb:.0f} MB")

# Precision: the gap between 1 and the next representable number.
for dtype in (torch.float64, torch.float32, torch.float16):
    print(f"{str(dtype):14} eps = {torch.finfo(dtype).eps:.1e}")

# Indices come back as int64: room for more than 2**31 elements.
scores = torch.tensor([0.1, 0.7, 0.2])
print("argmax dtype:", scores.argmax().dtype)
print("int32 max   :", torch.iinfo(torch.int32).max)
