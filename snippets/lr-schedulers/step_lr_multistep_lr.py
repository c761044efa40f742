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
print("StepLR     :",
      lrs_over(lambda opt: StepLR(opt, step_size=3, gamma=0.1)))
# MultiStepLR: multiply by gamma at the listed epochs.
print("MultiStepLR:",
      lrs_over(lambda opt: MultiStepLR(opt, milestones=[2, 7], gamma=0.1)))
