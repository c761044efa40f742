import textwrap

import torch

x = torch.tensor([[1], [2], [3]])  # shape (3, 1)

# -1 keeps a dimension as it is.
print("expand(-1, 4):", tuple(x.expand(-1, 4).shape))
assert x.expand(-1, 4).shape == (3, 4)

# Only size-1 dimensions can be stretched: dim 0 has size 3, not 1.
try:
    x.expand(6, 4)
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))
else:
    raise AssertionError("expanding a dimension of size 3 should have raised")

# To grow a dimension that is not 1, repeat the data instead (see below).
print("repeat(2, 4):", tuple(x.repeat(2, 4).shape))
assert x.repeat(2, 4).shape == (6, 4)
