import textwrap

import torch

t = torch.arange(6).reshape(2, 3)
tt = t.T
print(tt)
# Read in row order, tt walks storage positions 0, 3, 1, 4, 2, 5:
# no single stride does that, so a flat view of it cannot exist.
print("tt stride:", tt.stride())

try:
    tt.view(6)
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))

flat = tt.reshape(6)  # reshape copies when a view is impossible
print("reshape   :", flat)
print("reshape copied:", flat.data_ptr() != t.data_ptr())

# On a contiguous tensor, reshape returns a view, just like view.
print("t.reshape(6) is a view:", t.reshape(6).data_ptr() == t.data_ptr())
