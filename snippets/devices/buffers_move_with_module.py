# bake: devices=cpu,cuda
import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")


class Scaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))  # parameter: moves
        self.register_buffer("mean", torch.zeros(3))  # buffer: moves
        self.plain = torch.zeros(3)  # plain attribute: left behind

    def forward(self, x):
        return (x - self.mean) * self.weight


m = Scaler().to(device, torch.float64)
for name in ["weight", "mean", "plain"]:
    t = getattr(m, name)
    print(f"{name:6} {t.dtype}  {t.device}")
print("state_dict keys:", list(m.state_dict()))
