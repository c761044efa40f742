import torch
from torch import nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)  # parameters
        self.register_buffer("scale", torch.ones(2))  # buffer
        self.plain = torch.ones(2)  # plain tensor attribute


m = Model()
m.to(torch.float64)  # like .to("cuda"): converts the module's tensors

print("fc.weight:", m.fc.weight.dtype)
print("scale:    ", m.scale.dtype)
print("plain:    ", m.plain.dtype, "<- left behind")
assert m.scale.dtype == torch.float64 and m.plain.dtype == torch.float32
