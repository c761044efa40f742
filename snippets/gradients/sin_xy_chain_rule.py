import torch

# Note 003: f(x, y) = sin(x * y). By hand (chain rule):
#   df/dx = cos(x*y) * y        df/dy = cos(x*y) * x
x = torch.tensor(0.5, requires_grad=True)
y = torch.tensor(2.0, requires_grad=True)
f = torch.sin(x * y)
f.backward()

with torch.no_grad():
    by_hand_x = torch.cos(x * y) * y
    by_hand_y = torch.cos(x * y) * x
print(f"df/dx  autograd {x.grad.item():.6f}  by hand {by_hand_x.item():.6f}")
print(f"df/dy  autograd {y.grad.item():.6f}  by hand {by_hand_y.item():.6f}")
assert torch.allclose(x.grad, by_hand_x) and torch.allclose(y.grad, by_hand_y)
