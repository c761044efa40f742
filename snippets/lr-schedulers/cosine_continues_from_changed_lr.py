import math

import torch
from torch.optim.lr_scheduler import CosineAnnealingLR, LambdaLR

T_max = 10


def cosine(t):  # the closed form, as a factor of base_lr (eta_min = 0)
    return (1 + math.cos(math.pi * t / T_max)) / 2


def make(scheduler_class, **kwargs):
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
    return optimizer, scheduler_class(optimizer, **kwargs)


runs = {
    "recursive": make(CosineAnnealingLR, T_max=T_max),
    "closed": make(LambdaLR, lr_lambda=cosine),  # lr = base_lr * cosine(t)
}
print(" t   closed form   CosineAnnealingLR   LambdaLR(cosine)")
for t in range(T_max + 1):
    for optimizer, _ in runs.values():
        if t == 4:  # something outside the schedulers halves the lr
            for group in optimizer.param_groups:
                group["lr"] /= 2
    rec, lam = (opt.param_groups[0]["lr"] for opt, _ in runs.values())
    closed = 0.1 * cosine(t)
    note = "  <- halved by hand" if t == 4 else ""
    print(f"{t:2}   {closed:.5f}       {rec:.5f}             {lam:.5f}{note}")
    if t >= 4:  # the recursive one carries on from the halved value
        assert math.isclose(rec, closed / 2, abs_tol=1e-15)
    if t > 4:  # the closed form has overwritten the change
        assert math.isclose(lam, closed, abs_tol=1e-15)
    for optimizer, scheduler in runs.values():
        optimizer.step()
        scheduler.step()
