import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))

# Two groups: the first layer learns slowly, with momentum; the last
# layer takes the defaults given as keyword arguments (lr=0.1).
optimizer = torch.optim.SGD(
    [
        {"params": model[0].parameters(), "lr": 0.001, "momentum": 0.9},
        {"params": model[2].parameters()},
    ],
    lr=0.1,  # default for groups that do not set their own
)
for i, group in enumerate(optimizer.param_groups):
    shapes = [tuple(p.shape) for p in group["params"]]
    print(f"group {i}: lr={group['lr']}, momentum={group['momentum']}, "
          f"params={shapes}")
assert [g["lr"] for g in optimizer.param_groups] == [0.001, 0.1]
assert [g["momentum"] for g in optimizer.param_groups] == [0.9, 0]


# param_groups is a plain list of dicts: schedulers change lr here,
# and the next step() reads the new value.
for group in optimizer.param_groups:
    group["lr"] *= 0.5
print("after halving:", [g["lr"] for g in optimizer.param_groups])
assert [g["lr"] for g in optimizer.param_groups] == [0.0005, 0.05]

before = model[2].weight.detach().clone()
model(torch.randn(16, 4)).pow(2).mean().backward()
optimizer.step()
moved = before - model[2].weight.detach()
print("last layer moved by 0.05 * grad:",
      torch.allclose(moved, 0.05 * model[2].weight.grad))
assert torch.allclose(moved, 0.05 * model[2].weight.grad)
