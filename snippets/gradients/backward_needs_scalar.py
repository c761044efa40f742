import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
z = (x + 2) * (x + 2)  # a vector: one z_i per x_i

try:
    z.backward()
except RuntimeError as e:
    print("RuntimeError:", e)

z.sum().backward(retain_graph=True)  # reduce to a scalar first ...
print("z.sum().backward()        :", x.grad)

x.grad = None
z.backward(gradient=torch.ones_like(z))  # ... or give the weights
print("z.backward(gradient=ones) :", x.grad)
assert torch.equal(x.grad, 2 * (x.detach() + 2))
