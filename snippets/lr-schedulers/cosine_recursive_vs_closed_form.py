import math

import torch
from torch.optim.lr_scheduler import CosineAnnealingLR

base_lr, eta_min, T_max = 0.1, 0.001, 10
optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=base_lr)
scheduler = CosineAnnealingLR(optimizer, T_max=T_max, eta_min=eta_min)


def closed_form(t):  # the SGDR formula, from t alone
    cos = math.cos(math.pi * t / T_max)
    return eta_min + (base_lr - eta_min) * (1 + cos) / 2


print(" t  scheduler (from previous lr)  closed form (from t)")
worst = 0.0
for t in range(T_max + 1):
    lr = scheduler.get_last_lr()[0]
    if t in (0, 1, 2, 5, 9, 10):
        print(f"{t:2}  {lr:.12f}                {closed_form(t):.12f}")
    worst = max(worst, abs(lr - closed_form(t)))
    # torch's own closed form, used when step() is given an epoch
    assert math.isclose(lr, scheduler._get_closed_form_lr()[0])
    optimizer.step()
    scheduler.step()
print("largest difference below 1e-15:", worst < 1e-15)
assert worst < 1e-15
