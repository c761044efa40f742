import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 1))
x = torch.randn(8, 4)

loss = model(x).pow(2).mean()  # forward only: no backward() was written
loss.backward()  # autograd walks the recorded graph in reverse

for name, p in model.named_parameters():
    print(f"{name:9} grad shape {tuple(p.grad.shape)}")
    assert p.grad.shape == p.shape
