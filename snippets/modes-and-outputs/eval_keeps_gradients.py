import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.Dropout(0.5))
model.eval()

out = model(torch.randn(4, 3))
print("requires_grad:", out.requires_grad, "| grad_fn:", out.grad_fn.name())
out.sum().backward()  # works: eval() did not switch autograd off
print("weight.grad:", model[0].weight.grad)
assert out.requires_grad and model[0].weight.grad is not None
