import math

import torch
from torch.optim.lr_scheduler import CosineAnnealingLR

T_max = 4
optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
scheduler = CosineAnnealingLR(optimizer, T_max=T_max)

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

# From t = T_max the recursive ratio would be 0/0: lr - eta_min is 0 and so
# is the denominator 1 + cos(pi). torch takes an additive step there instead,
# which lands on the closed form at T_max + 1.
print("1 + cos(pi) =", 1 + math.cos(math.pi))
assert 1 + math.cos(math.pi) == 0
closed = 0.1 * (1 + math.cos(math.pi * (T_max + 1) / T_max)) / 2
assert math.isclose(lrs[T_max + 1], closed)
