import textwrap

import torch

x = torch.arange(6)
print(x.reshape(2, 3))
print(x.reshape(3, -1))  # -1: "whatever size makes the count work"
assert x.reshape(3, -1).shape == (3, 2)

# The note's example: a 2x2 tensor viewed as (4, -1) is 4x1.
square = torch.tensor([[1, 2], [3, 4]])
print(square.view(4, -1).shape)
assert square.view(4, -1).shape == (4, 1)

for bad in [(4, -1), (-1, -1)]:
    try:
        x.reshape(bad)
    except RuntimeError as e:
        print(textwrap.fill(f"reshape{bad}: RuntimeError: {e}", 79))
    else:
        raise AssertionError(f"reshape{bad} should have raised")
