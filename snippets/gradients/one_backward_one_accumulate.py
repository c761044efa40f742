import torch

x = torch.tensor(3.0, requires_grad=True)
writes = []  # runs each time autograd writes x.grad
x.register_post_accumulate_grad_hook(lambda t: writes.append(t.grad.item()))

y = x * 2 + x * x + torch.sin(x)  # x is used in three places
y.backward()
expected = 2 + 2 * 3.0 + torch.cos(torch.tensor(3.0)).item()
print(f"one backward : {len(writes)} write of x.grad, "
      f"value {writes[-1]:.4f} (2 + 2x + cos x = {expected:.4f})")
assert len(writes) == 1  # three contributions, summed first
assert abs(writes[-1] - expected) < 1e-5

y = x * 2 + x * x + torch.sin(x)  # a second backward (a new graph) ...
y.backward()
print(f"two backwards: {len(writes)} writes, x.grad = {x.grad.item():.4f}")
assert len(writes) == 2 and abs(x.grad.item() - 2 * expected) < 1e-5
