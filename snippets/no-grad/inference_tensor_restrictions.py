import textwrap

import torch

with torch.inference_mode():
    feats = torch.ones(2, 3) * 2  # an "inference tensor"

# 1. It cannot be saved for a backward pass later.
layer = torch.nn.Linear(3, 1)
try:
    layer(feats)  # Linear saves its input to compute weight.grad
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79, break_on_hyphens=False))
else:
    raise AssertionError("layer(feats) should have raised RuntimeError")

# 2. It cannot be changed in place outside inference mode.
try:
    feats.add_(1)
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79, break_on_hyphens=False))
else:
    raise AssertionError("feats.add_(1) should have raised RuntimeError")

# 3. It cannot start requiring grad.
try:
    feats.requires_grad_()
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79, break_on_hyphens=False))
else:
    raise AssertionError("feats.requires_grad_() should have raised")

# The way out: clone() outside inference mode gives a normal tensor.
normal = feats.clone()
layer(normal).sum().backward()
print("after clone(): is_inference", normal.is_inference(),
      "| weight.grad", layer.weight.grad)
assert not normal.is_inference() and layer.weight.grad is not None
