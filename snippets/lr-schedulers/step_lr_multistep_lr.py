import torch
from torch.optim.lr_scheduler import MultiStepLR, StepLR


def lrs_over(make_scheduler, epochs=10):
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=1.0)
    scheduler = make_scheduler(optimizer)
    lrs = []
    for _epoch in range(epochs):
        lr = scheduler.get_last_lr()[0]  # the lr this epoch uses
        lrs.append(round(lr, 6))
        optimizer.step()  # (the epoch's training steps go here)
        scheduler.step()  # once per epoch, after the optimizer steps
    return lrs


# StepLR: multiply by gamma every step_size epochs.
step = lrs_over(lambda opt: StepLR(opt, step_size=3, gamma=0.1))
print("StepLR     :", step)
# MultiStepLR: multiply by gamma at the listed epochs.
multi = lrs_over(lambda opt: MultiStepLR(opt, milestones=[2, 7], gamma=0.1))
print("MultiStepLR:", multi)

# The cuts: at epochs 3, 6, 9 for StepLR; at 2 and 7 for MultiStepLR.
assert step == [1.0] * 3 + [0.1] * 3 + [0.01] * 3 + [0.001]
assert multi == [1.0] * 2 + [0.1] * 5 + [0.01] * 3
