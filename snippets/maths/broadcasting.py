import torch

torch.manual_seed(0)
t = torch.arange(6.0).view(2, 3)
print(t * 3)               # the scalar is used for every element

# The note's example: a (1, 1, 5) tensor against a (2, 3, 5) one.
tensor = torch.rand(2, 3, 5)
tensor1 = torch.rand(1, 1, 5)
print((tensor * tensor1).shape)

# Shapes are compared from the right; a size-1 dim stretches.
col = torch.tensor([[0], [10], [20]])   # (3, 1)
row = torch.tensor([[1, 2, 3, 4]])      # (1, 4)
print(col + row)                        # (3, 4)
# The stretch is free: stride 0 re-reads the same element, no copy.
assert col.expand(3, 4).stride() == (1, 0)

try:
    torch.ones(2, 3) + torch.ones(3, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
