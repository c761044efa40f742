import textwrap

import torch

x = torch.tensor(2.0, requires_grad=True)
z = torch.sin(x * x)  # saves x * x for its backward pass

z.backward()
try:
    z.backward()  # the saved tensors were freed by the first call
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79, break_on_hyphens=False))
else:
    raise AssertionError("a second backward should have raised")

x.grad = None
z = torch.sin(x * x)
z.backward(retain_graph=True)  # keep the graph alive ...
first = x.grad.clone()
z.backward()                   # ... so a second pass works
print("after 1 backward :", first)
print("after 2 backwards:", x.grad)
assert torch.allclose(x.grad, 2 * first)
