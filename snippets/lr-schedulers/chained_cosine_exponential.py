import math

import torch
from torch.optim.lr_scheduler import CosineAnnealingLR, ExponentialLR

T_max = 10
optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
cosine = CosineAnnealingLR(optimizer, T_max=T_max)
decay = ExponentialLR(optimizer, gamma=0.9)  # lr *= 0.9 per step

for t in range(T_max + 1):
    lr = optimizer.param_groups[0]["lr"]
    expected = 0.1 * (1 + math.cos(math.pi * t / T_max)) / 2 * 0.9**t
    if t % 2 == 0:
        print(f"t={t:2}  lr={lr:.6f}  cosine * 0.9**t = {expected:.6f}")
    assert math.isclose(lr, expected, rel_tol=1e-9, abs_tol=1e-15)
    optimizer.step()
    cosine.step()  # each scheduler scales the lr the other one left
    decay.step()
