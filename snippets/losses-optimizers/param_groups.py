import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))

# Two groups: the first layer learns slowly, the last layer at the default.
optimizer = torch.optim.SGD(
    [
        {"params": model[0].parameters(), "lr": 0.001},
        {"params": model[2].parameters()},
    ],
    lr=0.1,  # default for groups that do not set their own
    momentum=0.9,
)
for i, group in enumerate(optimizer.param_groups):
    shapes = [tuple(p.shape) for p in group["params"]]
    print(f"group {i}: lr={group['lr']}, momentum={group['momentum']}, "
          f"params={shapes}")

# param_groups is a plain list of dicts: schedulers change lr here.
for group in optimizer.param_groups:
    group["lr"] *= 0.5
print("after halving:", [g["lr"] for g in optimizer.param_groups])
