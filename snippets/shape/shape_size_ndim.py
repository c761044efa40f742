import torch

t = torch.zeros(2, 3, 4)
print("shape   :", t.shape)
print("size()  :", t.size())   # the same thing, as a method
print("size(1) :", t.size(1), "| shape[-1]:", t.shape[-1])
print("ndim    :", t.ndim)      # number of dimensions
print("numel() :", t.numel())   # number of elements, 2 * 3 * 4
assert t.shape == t.size() and t.size(1) == t.shape[1] == 3
assert t.ndim == 3 and t.numel() == 24

# torch.Size is a tuple: compare it, unpack it, index it.
batch, rows, cols = t.shape
assert t.shape == (2, 3, 4) and isinstance(t.shape, tuple)
