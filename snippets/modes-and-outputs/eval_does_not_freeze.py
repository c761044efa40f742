import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)

model.eval()  # hoping to protect the weights ...
before = model.weight.detach().clone()
loss = model(torch.randn(4, 3)).pow(2).mean()
opt.zero_grad()
loss.backward()
opt.step()  # ... but the step updates them anyway

print("before:", before)
print("after: ", model.weight.detach())
print("changed in eval mode:", not torch.equal(before, model.weight))
assert not torch.equal(before, model.weight)
