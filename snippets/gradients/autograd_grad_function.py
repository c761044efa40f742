import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
L = (w ** 2).sum()  # dL/dw = 2w

grads = torch.autograd.grad(L, w)  # outputs, inputs
print("torch.autograd.grad returned:", grads)
print("w.grad is still:", w.grad)  # grad() returns; it does not store

try:
    grad(L, w)  # the bare name from one note
except NameError as e:
    print("NameError:", e)
else:
    raise AssertionError("grad(L, w) should have raised NameError")
assert torch.equal(grads[0], 2 * w.detach()) and w.grad is None
