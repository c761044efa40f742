import textwrap

import torch

w = torch.tensor(0.0, requires_grad=True)
loss = (w * 3 - 6) ** 2
loss.backward()

try:
    w -= 0.01 * w.grad  # in-place update, recorded by autograd
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79, break_on_hyphens=False))

w_new = w - 0.01 * w.grad  # out of place: no error, but ...
print("w_new.is_leaf:", w_new.is_leaf, "| grad_fn:",
      type(w_new.grad_fn).__name__)
