import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

(w ** 2).sum().backward()
print("grad after backward              :", w.grad)
optimizer.zero_grad()  # default set_to_none=True
print("after zero_grad()                :", w.grad)

(w ** 2).sum().backward()
optimizer.zero_grad(set_to_none=False)
print("after zero_grad(set_to_none=False):", w.grad)

# Without an optimiser, zero a tensor's gradient in place with .grad.zero_()
(w ** 2).sum().backward()
w.grad.zero_()
print("after w.grad.zero_()             :", w.grad)
try:
    w.grad_zero_()
except AttributeError as e:
    print("AttributeError:", e)
