import torch
from torch.optim.lr_scheduler import CosineAnnealingWarmRestarts

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
# First cycle T_0=4 epochs; each next cycle T_mult=2 times longer.
scheduler = CosineAnnealingWarmRestarts(optimizer, T_0=4, T_mult=2)

lrs = []
for epoch in range(13):
    lr = scheduler.get_last_lr()[0]
    lrs.append(lr)
    bar = "#" * round(lr * 300)  # the same text bar chart
    print(f"epoch {epoch:2}  lr {lr:.4f}  {bar}".rstrip())
    optimizer.step()
    scheduler.step()
# Restarts (back to the base lr in one step) after 4, then 4 + 8 epochs.
restarts = [e for e in range(1, 13) if lrs[e] > lrs[e - 1]]
assert restarts == [4, 12] and lrs[4] == lrs[12] == 0.1
