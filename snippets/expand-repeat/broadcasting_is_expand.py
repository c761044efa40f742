import torch

a = torch.tensor([[1], [2], [3]])  # (3, 1)
b = torch.tensor([10, 20, 30, 40])  # (4,)

# broadcast_tensors returns the views a + b behaves as if it used:
# both inputs expanded (stride 0, no copy) to the common shape (3, 4).
ea, eb = torch.broadcast_tensors(a, b)
print("a ->", tuple(ea.shape), ea.stride())
print("b ->", tuple(eb.shape), eb.stride())
print(a + b)

assert torch.equal(a + b, a.expand(3, 4) + b.expand(3, 4))
assert ea.data_ptr() == a.data_ptr() and eb.data_ptr() == b.data_ptr()
assert ea.stride() == (1, 0) and eb.stride() == (0, 1)
