import torch

# Fit w in  f(x) = w * x  to data made with w = 2 (note 004's loop).
X = torch.tensor([1.0, 2.0, 3.0, 4.0])
Y = 2 * X
w = torch.tensor(0.0, requires_grad=True)
lr = 0.01

for epoch in range(1, 41):
    loss = ((w * X - Y) ** 2).mean()
    loss.backward()            # fills w.grad
    with torch.no_grad():      # the update itself must not be recorded
        w -= lr * w.grad
    w.grad.zero_()             # or the next backward adds to this one
    if epoch % 10 == 0:
        print(f"epoch {epoch}: w = {w.item():.4f}, loss = {loss.item():.6f}")

assert abs(w.item() - 2) < 1e-2 and w.is_leaf and w.grad_fn is None
