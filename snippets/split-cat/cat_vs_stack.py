import textwrap

import torch

a = torch.tensor([[1, 2, 3]])  # shape (1, 3)
b = torch.tensor([[4, 5, 6]])

# cat joins along an EXISTING dimension ...
print("cat dim 0:", tuple(torch.cat([a, b]).shape))
print("cat dim 1:", tuple(torch.cat([a, b], dim=1).shape))
# ... stack adds a NEW dimension and puts the inputs along it.
print("stack    :", tuple(torch.stack([a, b]).shape))
assert torch.cat([a, b]).shape == (2, 3)
assert torch.stack([a, b]).shape == (2, 1, 3)

# cat accepts different sizes along the joining dim; stack needs equal shapes.
c = torch.tensor([[7, 8, 9], [10, 11, 12]])  # shape (2, 3)
print("cat a, c :", tuple(torch.cat([a, c]).shape))
assert torch.cat([a, c]).shape == (3, 3)
try:
    torch.stack([a, c])
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))
else:
    raise AssertionError("stack of different shapes should have raised")

# stack = cat of the inputs, each unsqueezed at the new dimension.
s = torch.stack([a, b])
assert torch.equal(s, torch.cat([a.unsqueeze(0), b.unsqueeze(0)]))
# Both copy into new memory.
for r in (s, torch.cat([a, b])):
    assert r.data_ptr() not in (a.data_ptr(), b.data_ptr())
