import torch

x = torch.tensor(3.0, requires_grad=True)
y = x * 2
y.retain_grad()  # ask autograd to keep dz/dy as well
z = y * y

z.backward()
print("y.grad:", y.grad, "(dz/dy = 2y = 12)")
print("x.grad:", x.grad, "(dz/dx = 8x = 24)")
print("y.retains_grad:", y.retains_grad)
assert y.grad == 12 and x.grad == 24
