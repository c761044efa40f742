import textwrap

import torch

t = torch.arange(10)

# An int is the size of each piece; the last one gets what is left.
pieces = torch.split(t, 4)
print(pieces)
assert [len(p) for p in pieces] == [4, 4, 2]

# A list gives the size of every piece; they must add up to len(t).
print(torch.split(t, [1, 2, 7]))
try:
    torch.split(t, [1, 2])
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))
else:
    raise AssertionError("split sizes that miss len(t) should have raised")

# Any dimension: split a (2, 5) matrix into column blocks of 2.
m = t.reshape(2, 5)
shapes = [tuple(p.shape) for p in m.split(2, dim=1)]
print(shapes)
assert shapes == [(2, 2), (2, 2), (2, 1)]
