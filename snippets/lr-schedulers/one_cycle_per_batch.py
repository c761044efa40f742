import math

import torch
from torch.optim.lr_scheduler import OneCycleLR

EPOCHS, BATCHES = 5, 4  # 20 optimizer steps in all
optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1,
                            momentum=0.9)
scheduler = OneCycleLR(optimizer, max_lr=0.1, epochs=EPOCHS,
                       steps_per_epoch=BATCHES)  # or total_steps=20

lrs, momenta = [], []
for epoch in range(EPOCHS):
    for _batch in range(BATCHES):
        lrs.append(scheduler.get_last_lr()[0])
        momenta.append(optimizer.param_groups[0]["momentum"])
        optimizer.step()
        scheduler.step()  # once per batch, not per epoch
    print(f"epoch {epoch}: lr per batch",
          " ".join(f"{lr:.4f}" for lr in lrs[-BATCHES:]))

peak = lrs.index(max(lrs))
print(f"lr:       start {lrs[0]:.4f} (max_lr / 25), peak {lrs[peak]:.4f} "
      f"at step {peak}, end {lrs[-1]:.1e}")
print(f"momentum: start {momenta[0]:.2f}, at the lr peak {momenta[peak]:.2f}, "
      f"end {momenta[-1]:.2f}")
assert math.isclose(lrs[0], 0.1 / 25) and math.isclose(lrs[peak], 0.1)
assert peak == 5 and math.isclose(lrs[-1], 0.1 / 25 / 1e4)
assert momenta[0] == momenta[-1] == 0.95 and momenta[peak] == 0.85

try:
    scheduler.step()  # a 21st step: the cycle is over
except ValueError as e:
    print("ValueError:", e)
else:
    raise AssertionError("stepping past total_steps should raise")
