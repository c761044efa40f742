import textwrap

import torch

w = torch.tensor(0.0, requires_grad=True)
loss = (w * 3 - 6) ** 2
loss.backward()

try:
    w -= 0.01 * w.grad  # in-place update, recorded by autograd
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79, break_on_hyphens=False))
else:
    raise AssertionError("w -= ... should have raised RuntimeError")

w_new = w - 0.01 * w.grad  # out of place: no error, but ...
print("w_new.is_leaf:", w_new.is_leaf, "| grad_fn:",
      type(w_new.grad_fn).__name__)
assert w.is_leaf and not w_new.is_leaf and w_new.grad_fn is not None
