import torch

# Note 004: y = x + 2, z = y * y.
# Chain rule: dz/dx = dz/dy * dy/dx = 2y * 1 = 2(x + 2)
x = torch.tensor(1.0, requires_grad=True)
y = x + 2
z = y * y
z.backward()

by_hand = 2 * (x.item() + 2)
print("autograd:", x.grad.item(), "| by hand:", by_hand)
assert x.grad.item() == by_hand
