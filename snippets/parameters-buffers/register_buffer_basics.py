import torch
from torch import nn


class Normalize(nn.Module):
    def __init__(self, mean, std):
        super().__init__()
        # Fixed statistics: part of the model's state, but not learned.
        self.register_buffer("mean", torch.tensor(mean))
        self.register_buffer("std", torch.tensor(std))
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc((x - self.mean) / self.std)


torch.manual_seed(0)
m = Normalize([10.0, 20.0], [2.0, 5.0])
print("buffers:   ", [name for name, _ in m.named_buffers()])
print("parameters:", [name for name, _ in m.named_parameters()])
print("mean:", m.mean, "| requires_grad:", m.mean.requires_grad)

m(torch.randn(4, 2)).sum().backward()
print("after backward: mean.grad =", m.mean.grad,
      "| fc.weight.grad =", m.fc.weight.grad)
assert [name for name, _ in m.named_buffers()] == ["mean", "std"]
assert not m.mean.requires_grad
assert m.mean.grad is None and m.fc.weight.grad is not None
