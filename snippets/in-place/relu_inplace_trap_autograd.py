import textwrap

import torch
import torch.nn.functional as F

start = [-2.0, -1.0, 0.5, 3.0]

# x a leaf that requires grad: refused at once.
x = torch.tensor(start, requires_grad=True)
try:
    x + F.relu(x, inplace=True)
except RuntimeError as e:
    msg = f"leaf: RuntimeError: {e}"
    print(textwrap.fill(msg, 79, break_on_hyphens=False))
else:
    raise AssertionError("relu_ on a leaf should have raised RuntimeError")

# x the result of an earlier op: it runs, and backward works ...
a = torch.tensor(start, requires_grad=True)
x = a * 1
(x + F.relu(x, inplace=True)).sum().backward()
print("non-leaf: a.grad =", a.grad)

# ... but it is the gradient of 2 * relu(a), not of a + relu(a).
b = torch.tensor(start, requires_grad=True)
(b + F.relu(b)).sum().backward()
print("intended: b.grad =", b.grad)
assert torch.equal(a.grad, torch.tensor([0.0, 0.0, 2.0, 2.0]))
assert torch.equal(b.grad, torch.tensor([1.0, 1.0, 2.0, 2.0]))
