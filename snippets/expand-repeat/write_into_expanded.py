import textwrap

import torch

x = torch.tensor([[1], [2], [3]])
e = x.expand(3, 4)

# One element of e is one memory location shared by a whole row.
e[0, 0] = 100
print(e)
print("x after writing e[0, 0]:", x.flatten().tolist())

# Writing one column writes every column (and x).
e[:, 1] = torch.tensor([7, 8, 9])
print(e)

# Vectorised in-place ops refuse: results would depend on write order.
try:
    e.add_(1)
except RuntimeError as err:
    print(textwrap.fill(f"RuntimeError: {err}", 79))

c = e.clone()  # own memory: one location per element
c.add_(1)
c[0, 0] = -1
print(c)
print("x unchanged by c:", x.flatten().tolist())
assert x.flatten().tolist() == [7, 8, 9]
