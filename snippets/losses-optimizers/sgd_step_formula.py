import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

# step() does not compute gradients: with no .grad yet, it changes nothing.
optimizer.step()
print("grad before backward:", w.grad, "| w:", w.detach())
assert w.grad is None and torch.equal(w.detach(), torch.tensor([1.0, -2.0]))

loss = (w ** 2).sum()  # gradient 2 * w
loss.backward()  # backward() fills w.grad ...
print("grad after backward :", w.grad)

before = w.detach().clone()
optimizer.step()  # ... and step() moves w AGAINST it: w -= lr * w.grad
print("w before step:", before)
print("w after step :", w.detach())
assert torch.equal(w.detach(), before - 0.1 * w.grad)
