from collections import OrderedDict

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.BatchNorm1d(8),  # has buffers: running statistics, not parameters
    nn.ReLU(),
    nn.Linear(8, 3),
)

sd = model.state_dict()
print(type(sd).__name__)
for name, tensor in sd.items():
    print(f"{name:26} {str(tuple(tensor.shape)):8} {tensor.dtype}")

# Parameters are learned by the optimiser; buffers are state it does not touch.
n_params = len(list(model.parameters()))
n_buffers = len(list(model.buffers()))
print("parameters:", n_params, "| buffers:", n_buffers, "| keys:", len(sd))
assert isinstance(sd, OrderedDict) and len(sd) == n_params + n_buffers
assert all(isinstance(v, torch.Tensor) for v in sd.values())
