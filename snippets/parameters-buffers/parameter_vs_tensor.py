import torch
from torch import nn


class Scale(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))  # registered, learnable
        self.offset = torch.zeros(3)  # plain tensor: just an attribute

    def forward(self, x):
        return x * self.weight + self.offset


m = Scale()
print("parameters:", [name for name, _ in m.named_parameters()])
print("weight.requires_grad:", m.weight.requires_grad)
print("offset.requires_grad:", m.offset.requires_grad)
print(m.weight)
assert [name for name, _ in m.named_parameters()] == ["weight"]
assert m.weight.requires_grad and not m.offset.requires_grad
