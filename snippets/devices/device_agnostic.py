# bake: devices=cpu,cuda
import torch
from torch import nn

# Decide once, at the top; everything below works on either device.
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
model.to(device)  # moves every parameter (and buffer) of the model

x = torch.randn(16, 4).to(device)  # data made elsewhere: move it
mask = torch.ones(16, 2, device=device)  # new tensors: create them there

out = model(x) * mask
print("device           :", device)
print("first parameter  :", next(model.parameters()).device)
print("input, output    :", x.device, out.device)
assert all(p.device.type == device.type for p in model.parameters())
assert x.device.type == mask.device.type == out.device.type == device.type
