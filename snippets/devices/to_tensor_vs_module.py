# bake: devices=cpu,cuda
import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

# Tensor.to() returns a NEW tensor; the original is never changed.
t = torch.ones(3)
t.to(torch.float64)  # result thrown away
t.to(device)  # result thrown away
print("tensor, not assigned:", t.dtype, t.device)
assert t.dtype == torch.float32 and t.device.type == "cpu"
t = t.to(device, torch.float64)  # keep the result
print("tensor, assigned    :", t.dtype, t.device)
same = t.to(device) is t
print("to() with nothing to change returns the same tensor:", same)
assert t.dtype == torch.float64 and t.device.type == device.type and same

# Module.to() converts the module IN PLACE (and returns it for chaining).
model = nn.Linear(2, 2)
returned = model.to(device, torch.float64)  # no assignment needed
print("module              :", model.weight.dtype, model.weight.device)
print("returns the module itself:", returned is model)
assert returned is model and model.weight.dtype == torch.float64
assert model.weight.device.type == device.type
