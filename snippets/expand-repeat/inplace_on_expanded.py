import textwrap

import torch

x = torch.tensor([[1], [2], [3]])
e = x.expand(3, 4)

# Most in-place writes check the region they write: if two of its
# positions share one memory cell, they refuse (add_, mul_, copy_ ...).
try:
    e.add_(1)
except RuntimeError as err:
    print(textwrap.fill(f"e.add_(1): RuntimeError: {err}", 79))
else:
    raise AssertionError("e.add_(1) should have raised")

# Assignment too: the row e[0] is 4 positions over one cell.
try:
    e[0] = 9
except RuntimeError as err:
    assert "single memory location" in str(err)
    print("e[0] = 9 : RuntimeError, the same message")
else:
    raise AssertionError("e[0] = 9 should have raised")
assert x.flatten().tolist() == [1, 2, 3]  # nothing was written

# fill_ and zero_ do not check: they write every aliased position.
e.fill_(5)
print("after e.fill_(5), x:", x.flatten().tolist())
assert x.flatten().tolist() == [5, 5, 5]
e.zero_()
print("after e.zero_(),  x:", x.flatten().tolist())
assert x.flatten().tolist() == [0, 0, 0]

# To write freely, clone first: one memory location per element.
c = e.clone()
c.add_(1)
c[0, 0] = -1
print(c)
print("x unchanged by c:", x.flatten().tolist())
assert x.flatten().tolist() == [0, 0, 0] and c.stride() == (4, 1)
