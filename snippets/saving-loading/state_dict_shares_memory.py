import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
before = model.weight.detach().clone()
snapshot = model.state_dict()  # references to the live tensors
kept = copy.deepcopy(model.state_dict())  # an independent copy

with torch.no_grad():
    model.weight.add_(1.0)  # like optimizer.step(): changes it in place

shared = snapshot["weight"].data_ptr() == model.weight.data_ptr()
print("snapshot shares the parameter's memory:", shared)
print("snapshot now holds the new weights:    ",
      torch.equal(snapshot["weight"], model.weight))
print("deepcopy still holds the old weights:  ",
      torch.equal(kept["weight"], before))
print("requires_grad in the state_dict:", snapshot["weight"].requires_grad)
assert shared and torch.equal(kept["weight"], before)
assert not snapshot["weight"].requires_grad  # detached from autograd
