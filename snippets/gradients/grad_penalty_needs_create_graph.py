import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)

L = (w ** 2).sum()
g, = torch.autograd.grad(L, w)  # a plain value: no graph behind it
print("without create_graph: requires_grad", g.requires_grad)
assert not g.requires_grad  # a penalty built on g has no gradient

L = (w ** 2).sum()
g, = torch.autograd.grad(L, w, create_graph=True)  # g = 2w, recorded
print("with create_graph   : requires_grad", g.requires_grad,
      "| grad_fn", type(g.grad_fn).__name__)
penalty = (g ** 2).sum()  # sum (2w)^2 = 4 sum w^2
penalty.backward()        # d/dw = 8w
print("w.grad from the penalty:", w.grad)
assert torch.equal(w.grad, 8 * w.detach())
