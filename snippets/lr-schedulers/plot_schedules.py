import math

import matplotlib.pyplot as plt
import torch
from torch.optim import lr_scheduler as sched

EPOCHS = 30


def lrs_over(make_scheduler):
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
    scheduler = make_scheduler(optimizer)
    lrs = []
    for _epoch in range(EPOCHS):
        lrs.append(scheduler.get_last_lr()[0])
        optimizer.step()
        scheduler.step()
    return lrs


schedules = {
    "CosineAnnealingLR(T_max=30)":
        lambda o: sched.CosineAnnealingLR(o, T_max=EPOCHS),
    "StepLR(step_size=10, gamma=0.5)":
        lambda o: sched.StepLR(o, step_size=10, gamma=0.5),
    "MultiStepLR([15, 25], gamma=0.3)":
        lambda o: sched.MultiStepLR(o, milestones=[15, 25], gamma=0.3),
    "warm-up: LinearLR(5 epochs), then cosine":
        lambda o: sched.SequentialLR(o, milestones=[5], schedulers=[
            sched.LinearLR(o, start_factor=0.1, total_iters=5),
            sched.CosineAnnealingLR(o, T_max=EPOCHS - 5)]),
}
plt.figure(figsize=(7, 3.5))
curves = {}
for name, make in schedules.items():
    lrs = curves[name] = lrs_over(make)
    print(f"{name:42} first {lrs[0]:.3f}, last {lrs[-1]:.4f}")
    plt.step(range(EPOCHS), lrs, where="post", label=name)

step, multi, warm = (curves[k] for k in list(schedules)[1:])
assert math.isclose(step[-1], 0.1 * 0.5**2)  # cut at epochs 10 and 20
assert math.isclose(multi[-1], 0.1 * 0.3**2)  # cut at epochs 15 and 25
# Warm-up from 10 % in 5 epochs, then the cosine starts at the base lr.
assert math.isclose(warm[0], 0.01) and warm[:5] == sorted(warm[:5])
assert warm[4] < 0.1 and math.isclose(warm[5], 0.1)
plt.xlabel("epoch")
plt.ylabel("learning rate")
plt.title("Learning-rate schedules over 30 epochs (base lr 0.1)")
plt.legend(fontsize=8)
plt.tight_layout()
plt.show()
