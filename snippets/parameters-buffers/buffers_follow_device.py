# bake: devices=cpu,cuda
import torch
from torch import nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)
        self.register_buffer("scale", torch.ones(2))
        self.plain = torch.ones(2)


device = "cuda" if torch.cuda.is_available() else "cpu"
m = Model().to(device)
print("fc.weight:", m.fc.weight.device)
print("scale:    ", m.scale.device)
print("plain:    ", m.plain.device)
try:
    m.fc(torch.ones(2, device=device)) * m.plain  # mixes devices on a GPU
    print("plain * output: fine on", device)
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
