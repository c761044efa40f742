import math

import torch
from torch.optim.lr_scheduler import CosineAnnealingLR

T_max = 10
optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
scheduler = CosineAnnealingLR(optimizer, T_max=T_max)  # eta_min = 0

print(" t   lr used    closed form")
for t in range(T_max + 1):
    if t == 4:  # something outside the scheduler halves the lr
        for group in optimizer.param_groups:
            group["lr"] /= 2
    lr = optimizer.param_groups[0]["lr"]
    closed = 0.1 * (1 + math.cos(math.pi * t / T_max)) / 2
    note = "  <- halved by hand" if t == 4 else ""
    print(f"{t:2}   {lr:.5f}    {closed:.5f}{note}")
    if t >= 4:  # from here on: exactly half of the closed form
        assert math.isclose(lr, closed / 2, abs_tol=1e-15)
    optimizer.step()
    scheduler.step()
