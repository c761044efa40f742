import torch
from torch import nn

model = nn.Linear(3, 1)

try:
    torch.optim.SGD(model.parameters, lr=0.01)  # the method itself
except TypeError as e:
    print("TypeError:", e)

opt = torch.optim.SGD(model.parameters(), lr=0.01)  # call it
print("optimizer holds", len(opt.param_groups[0]["params"]), "tensors")
