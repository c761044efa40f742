import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(50, 30), nn.ReLU(),
    nn.Linear(30, 20), nn.ReLU(),
    nn.Linear(20, 3),
)
model[0].requires_grad_(False)  # freeze the first layer (weight and bias)


def count(params):
    return sum(p.numel() for p in params)


trainable = [p for p in model.parameters() if p.requires_grad]
print("trainable:", count(trainable), "of", count(model.parameters()))
optimizer = torch.optim.SGD(trainable, lr=0.1)  # give it only these

model(torch.randn(4, 50)).sum().backward()
print("frozen  0.weight.grad:", model[0].weight.grad)
print("trained 2.weight.grad:", tuple(model[2].weight.grad.shape))
assert count(trainable) == 2213 - (50 * 30 + 30) == 683
assert model[0].weight.grad is None and model[0].bias.grad is None
assert len(optimizer.param_groups[0]["params"]) == 4  # 2 layers x (W, b)
