import textwrap

import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = x.sigmoid()  # sigmoid's backward needs y itself: y * (1 - y)
print("y saved at version", y._version)

y.mul_(2)        # overwrites the value backward will need
print("y is now version", y._version)
assert y._version == 1
try:
    y.sum().backward()
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79, break_on_hyphens=False))
else:
    raise AssertionError("backward should have raised RuntimeError")
