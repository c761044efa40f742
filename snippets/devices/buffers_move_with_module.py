# bake: devices=cpu,cuda
import textwrap

import torch
from torch import nn

# On a GPU machine the target is the GPU. Without one, the "meta" device
# (tensors with a shape but no data) stands in for it on the CPU.
target = torch.device("cuda" if torch.cuda.is_available() else "meta")


class Shift(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))  # parameter: moves
        self.register_buffer("mean", torch.zeros(3))  # buffer: moves
        self.offset = torch.zeros(3)  # plain attribute: left behind

    def forward(self, x):
        return (x - self.mean) * self.weight + self.offset


m = Shift().to(target)
for name in ["weight", "mean", "offset"]:
    print(f"{name:6} is on {getattr(m, name).device}")
print("state_dict keys:", list(m.state_dict()))
assert m.weight.device.type == m.mean.device.type == target.type
assert m.offset.device.type == "cpu" and "offset" not in m.state_dict()

try:
    m(torch.ones(3, device=target))  # forward uses the forgotten offset
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))
    assert "device" in str(e)
else:
    raise AssertionError("forward should fail: offset stayed on the CPU")
