import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
z = (x + 2) * (x + 2)  # a vector: one z_i per x_i

try:
    z.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
else:
    raise AssertionError("z.backward() on a vector should have raised")

z.sum().backward(retain_graph=True)  # reduce to a scalar first ...
print("z.sum().backward()        :", x.grad)
via_sum = x.grad.clone()

x.grad = None
z.backward(gradient=torch.ones_like(z))  # ... or give the weights
print("z.backward(gradient=ones) :", x.grad)
assert torch.equal(x.grad, 2 * (x.detach() + 2))
assert torch.equal(x.grad, via_sum)  # both ways give the same gradient
