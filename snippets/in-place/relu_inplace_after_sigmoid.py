import textwrap

import torch
import torch.nn.functional as F

a = torch.tensor([-2.0, -1.0, 0.5, 3.0], requires_grad=True)

y = torch.sigmoid(a)        # sigmoid saves y for its backward ...
try:
    (y + F.relu(y, inplace=True)).sum().backward()  # ... relu_ wrecks it
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79, break_on_hyphens=False))
else:
    raise AssertionError("backward should have raised RuntimeError")

x = torch.sigmoid(a) - 0.5  # "- 0.5" makes a new tensor: y stays intact
(x + F.relu(x, inplace=True)).sum().backward()
print("with '- 0.5' in between it runs:")
print("a.grad =", a.grad)
s = torch.sigmoid(a.detach())  # it is the gradient of 2 * relu(s - 0.5)
assert torch.allclose(a.grad, 2 * (s > 0.5) * s * (1 - s))
