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
else:
    raise AssertionError("tt.view(6) should have raised")

# A view that keeps tt's dimensions apart is fine: (3, 2) -> (3, 2, 1)
# needs no stride that merges the two.
v = tt.view(3, 2, 1)
print("tt.view(3, 2, 1) stride:", v.stride())
assert v.data_ptr() == t.data_ptr()

flat = tt.reshape(6)  # reshape copies when a view is impossible
print("reshape   :", flat)
print("reshape copied:", flat.data_ptr() != t.data_ptr())
assert flat.tolist() == [0, 3, 1, 4, 2, 5]
assert flat.data_ptr() != t.data_ptr()

# On a contiguous tensor, reshape returned a view here (torch 2.13);
# the documentation says not to depend on view vs copy.
print("t.reshape(6) is a view:", t.reshape(6).data_ptr() == t.data_ptr())
assert t.reshape(6).data_ptr() == t.data_ptr()
