import textwrap

import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = x.sigmoid()     # sigmoid saves y for its backward
d = y.detach()      # shares y's memory AND its version counter

d.zero_()           # autograd does not track d ...
print("y after d.zero_():", y)  # ... but y's numbers changed too
print("versions: y", y._version, "| d", d._version)
assert y._version == d._version == 1  # one shared counter
try:
    y.sum().backward()
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79, break_on_hyphens=False))
else:
    raise AssertionError("backward should have raised RuntimeError")
