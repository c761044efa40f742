import torch
from torch import nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)
        self.register_buffer("running_total", torch.zeros(1))
        # derived from other things, cheap to rebuild: don't save it
        self.register_buffer("cache", torch.arange(4.0), persistent=False)


m = Model()
print("buffers:        ", [name for name, _ in m.named_buffers()])
print("state_dict keys:", list(m.state_dict().keys()))
assert "cache" not in m.state_dict() and "running_total" in m.state_dict()
