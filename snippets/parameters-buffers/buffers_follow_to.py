# bake: devices=cpu,cuda
import torch
from torch import nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)  # parameters
        self.register_buffer("scale", torch.ones(2))  # float buffer
        self.register_buffer("steps", torch.tensor(0))  # integer buffer
        self.plain = torch.ones(2)  # plain tensor attribute


device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
m = Model().to(device, torch.float64)  # one call: device and dtype

tensors = {"fc.weight": m.fc.weight, "scale": m.scale,
           "steps": m.steps, "plain": m.plain}
for name, t in tensors.items():
    print(f"{name:9} {str(t.dtype):14} {t.device.type}")

assert m.fc.weight.dtype == m.scale.dtype == torch.float64
assert m.fc.weight.device.type == m.scale.device.type == device.type
assert m.steps.dtype == torch.int64  # integers keep their dtype ...
assert m.steps.device.type == device.type  # ... but still move
assert m.plain.dtype == torch.float32  # left behind: dtype ...
assert m.plain.device.type == "cpu"  # ... and device
