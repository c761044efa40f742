import torch
from torch import nn

model = nn.Linear(4, 1)

# model.parameters is a method; the optimiser needs the iterator it returns.
try:
    torch.optim.SGD(model.parameters, lr=0.01)
except TypeError as e:
    print("TypeError:", e)

optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
n = sum(p.numel() for g in optimizer.param_groups for p in g["params"])
print("tensors:", len(optimizer.param_groups[0]["params"]), "| numbers:", n)
