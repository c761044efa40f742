import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
d = y.detach()  # a new tensor: same numbers as y, no history

print("d: requires_grad", d.requires_grad, "| is_leaf", d.is_leaf)
print("y: still has grad_fn", type(y.grad_fn).__name__)
print("d shares storage with y:", d.data_ptr() == y.data_ptr())

# y * y = 9x^2 has gradient 18x. With d as one factor, autograd treats
# it as a constant, so the gradient is 3 * d = 9x.
g_cut, = torch.autograd.grad((y * d).sum(), x, retain_graph=True)
g_full, = torch.autograd.grad((y * y).sum(), x)
print("gradient of y * d:", g_cut)
print("gradient of y * y:", g_full)
assert torch.equal(g_cut, 3 * d) and torch.equal(g_full, 18 * x.detach())
assert d is not y and d.is_leaf and not d.requires_grad
assert d.data_ptr() == y.data_ptr()  # same memory
assert type(y.grad_fn).__name__ == "MulBackward0"  # y keeps its history
