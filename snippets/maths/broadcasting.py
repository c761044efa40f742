import textwrap

import torch

torch.manual_seed(0)
t = torch.arange(6.0).view(2, 3)
print(t * 3)               # the scalar is used for every element
assert torch.equal(t * 3, t * torch.full((2, 3), 3.0))

# The note's example: a (1, 1, 5) tensor against a (2, 3, 5) one.
tensor = torch.rand(2, 3, 5)
tensor1 = torch.rand(1, 1, 5)
print((tensor * tensor1).shape)
assert (tensor * tensor1).shape == (2, 3, 5)

# Shapes are compared from the right; a size-1 dim stretches.
col = torch.tensor([[0], [10], [20]])   # (3, 1)
row = torch.tensor([[1, 2, 3, 4]])      # (1, 4)
print(col + row)                        # (3, 4)
# The stretch is free: the stretched views have stride 0, no copy.
col_b, row_b = torch.broadcast_tensors(col, row)
print("strides:", col_b.stride(), row_b.stride())
assert col_b.stride() == (1, 0) and row_b.stride() == (0, 1)
assert torch.equal(col + row, col_b + row_b)

try:
    torch.ones(2, 3) + torch.ones(3, 2)
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))
else:
    raise AssertionError("(2, 3) + (3, 2) should have raised")
