import torch
from torch.optim.lr_scheduler import CosineAnnealingLR

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
scheduler = CosineAnnealingLR(optimizer, T_max=4)

lrs = []
for epoch in range(13):  # 13 epochs, but T_max=4
    lr = scheduler.get_last_lr()[0]
    lrs.append(lr)
    bar = "#" * round(lr * 300)  # a text bar chart
    print(f"epoch {epoch:2}  lr {lr:.4f}  {bar}".rstrip())
    optimizer.step()
    scheduler.step()
# Down to eta_min at T_max, back up to the start at 2 * T_max.
assert lrs[4] < 1e-12 and abs(lrs[8] - 0.1) < 1e-12
