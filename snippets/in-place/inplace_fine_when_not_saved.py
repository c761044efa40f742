import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = x * 3           # mul by a constant saves nothing that y overwrites
print("before add_:", type(y.grad_fn).__name__)
y.add_(1)           # y = 3x + 1, changed in place
print("after add_ :", type(y.grad_fn).__name__, "->",
      type(y.grad_fn.next_functions[0][0]).__name__)

(y ** 2).sum().backward()  # d/dx (3x + 1)^2 = 6(3x + 1)
print("x.grad:", x.grad)
assert torch.equal(x.grad, 6 * (3 * x.detach() + 1))
# the node names the page relies on (torch 2.13's):
assert type(y.grad_fn).__name__ == "AddBackward0"
assert type(y.grad_fn.next_functions[0][0]).__name__ == "MulBackward0"
