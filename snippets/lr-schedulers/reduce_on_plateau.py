import torch
from torch.optim.lr_scheduler import ReduceLROnPlateau

optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
# Halve the lr once `patience` epochs in a row have brought no new best.
scheduler = ReduceLROnPlateau(optimizer, mode="min", factor=0.5, patience=2)

# Validation losses of ten epochs (made up: it improves, then stalls).
val_losses = [1.00, 0.80, 0.70, 0.71, 0.70, 0.72, 0.65, 0.66, 0.67, 0.66]
lrs = []
for epoch, val_loss in enumerate(val_losses):
    lrs.append(optimizer.param_groups[0]["lr"])  # lr used in this epoch
    optimizer.step()  # (the epoch's training steps go here)
    scheduler.step(val_loss)  # the metric decides, not the epoch count
    new_lr = scheduler.get_last_lr()[0]
    note = f"  -> lr {new_lr:.3f}" if new_lr != lrs[-1] else ""
    print(f"epoch {epoch}: lr {lrs[-1]:.3f}  val loss {val_loss:.2f}  "
          f"best {scheduler.best:.2f}{note}")
# Best 0.70 at epoch 2; epochs 3, 4, 5 bring none: halved after epoch 5.
# New best 0.65 at epoch 6; 7, 8, 9 bring none: halved after epoch 9.
assert lrs == [0.1] * 6 + [0.05] * 4
assert scheduler.get_last_lr() == [0.025]

try:
    scheduler.step()  # the usual call, without the metric
except TypeError as e:
    print("TypeError:", e)
else:
    raise AssertionError("ReduceLROnPlateau.step() should need the metric")
