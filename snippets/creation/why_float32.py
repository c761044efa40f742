import torch

# Bytes per element, and the size of a 1000 x 1000 weight matrix.
floats = (torch.float64, torch.float32, torch.bfloat16, torch.float16)
for dtype in (*floats, torch.int64):
    t = torch.zeros(1000, 1000, dtype=dtype)
    mb = t.element_size() * t.numel() / 1e6
    print(f"{str(dtype):15} {t.element_size()} bytes/elem  {mb:.0f} MB")
assert torch.zeros(1, dtype=torch.float32).element_size() == 4

# Precision (eps: the gap between 1 and the next number) and range (max).
for dtype in floats:
    info = torch.finfo(dtype)
    print(f"{str(dtype):15} eps = {info.eps:.1e}  max = {info.max:.1e}")
assert torch.finfo(torch.float32).eps < 1.2e-7  # about 7 digits
assert torch.finfo(torch.bfloat16).max > 1e38   # float32's range

# Functions that return indices return int64.
scores = torch.tensor([0.1, 0.7, 0.2])
print("argmax dtype :", scores.argmax().dtype)
print("nonzero dtype:", scores.nonzero().dtype)
print("int32 max    :", torch.iinfo(torch.int32).max)
assert scores.argmax().dtype == scores.nonzero().dtype == torch.int64
