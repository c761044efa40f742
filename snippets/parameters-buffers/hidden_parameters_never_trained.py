import torch
from torch import nn


class Leaky(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)  # registered
        self.scale = [nn.Parameter(torch.ones(1))]  # hidden in a list

    def forward(self, x):
        return self.fc(x) * self.scale[0]


torch.manual_seed(0)
model = Leaky()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
fc_before = model.fc.weight.detach().clone()

loss = model(torch.randn(8, 2)).pow(2).mean()
loss.backward()
opt.step()

print("scale.grad:", model.scale[0].grad)  # autograd reached it ...
print("scale after step:", model.scale[0].detach())  # ... SGD did not
print("fc.weight changed:", not torch.equal(fc_before, model.fc.weight))
assert model.scale[0].grad is not None  # it has a gradient ...
assert model.scale[0].item() == 1.0  # ... that no optimizer applied
assert not torch.equal(fc_before, model.fc.weight)
