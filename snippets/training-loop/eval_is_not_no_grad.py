import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(p=0.5), nn.Linear(4, 1))
x = torch.randn(2, 4)

model.eval()  # switches Dropout/BatchNorm to evaluation behaviour ...
out = model(x)
print("eval() only      : requires_grad =", out.requires_grad)  # graph built
assert out.requires_grad

with torch.no_grad():  # ... while no_grad() is what skips the graph
    out = model(x)
print("eval() + no_grad : requires_grad =", out.requires_grad)
assert not out.requires_grad

# eval() does not freeze weights either: a step in eval mode still moves them
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
before = model[0].weight.detach().clone()
model(x).sum().backward()
optimizer.step()
changed = not torch.equal(before, model[0].weight)
print("weights changed by a step in eval mode:", changed)
assert changed
