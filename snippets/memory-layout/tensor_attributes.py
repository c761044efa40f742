import torch

t = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])

# Every tensor carries these three attributes.
print("dtype :", t.dtype)  # what one element is
print("device:", t.device)  # where the memory lives
print("layout:", t.layout)  # how elements are arranged in memory

# The dtype fixes the bytes per element, so the memory of the whole tensor.
for dtype in (torch.float32, torch.float64, torch.int64, torch.uint8,
              torch.bool, torch.complex64):
    u = t.to(dtype)
    print(f"{str(dtype):15} {u.element_size()} bytes/element,"
          f" {u.nbytes} bytes in all")
    assert u.nbytes == u.numel() * u.element_size()

assert t.dtype == torch.float32  # the default for floats
assert t.layout == torch.strided and t.device == torch.device("cpu")
