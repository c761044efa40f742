import textwrap

import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    w.add_(1)  # also w += 1, w[0] = 0, w.zero_() ...
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79, break_on_hyphens=False))
else:
    raise AssertionError("w.add_(1) should have raised RuntimeError")

with torch.no_grad():
    w.add_(1)  # allowed: not recorded (how optimizers update weights)
print("after no_grad add_:", w, "| still a leaf:", w.is_leaf)
assert torch.equal(w.detach(), torch.tensor([2.0, 3.0])) and w.is_leaf
