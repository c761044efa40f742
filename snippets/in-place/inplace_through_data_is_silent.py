import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = x.sigmoid()
expected = y * (1 - y)  # sigmoid's derivative, computed from y now

y.data.mul_(2)          # .data: same memory, but NO version bump
print("y._version:", y._version)
y.sum().backward()      # no error ...
print("x.grad  :", x.grad)
print("expected:", expected.detach())  # ... and a wrong gradient
assert y._version == 0  # the change went unseen ...
assert not torch.allclose(x.grad, expected)  # ... and the gradient is wrong
