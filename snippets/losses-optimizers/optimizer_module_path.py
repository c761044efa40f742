import torch
from torch import nn

w = torch.zeros(3, requires_grad=True)

# One note writes nn.optim.SGD: torch.nn has no optim submodule.
try:
    nn.optim.SGD([w], lr=0.1)
except AttributeError as e:
    print("AttributeError:", e)
else:
    raise AssertionError("nn.optim should not exist")

# Optimisers live in torch.optim.
optimizer = torch.optim.SGD([w], lr=0.1)
print(type(optimizer))
assert isinstance(optimizer, torch.optim.Optimizer)
