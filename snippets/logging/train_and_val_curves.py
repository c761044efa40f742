import os

import torch
import torch.nn.functional as F
from tensorboard.backend.event_processing.event_accumulator import (
    EventAccumulator,
)
from torch import nn
from torch.utils.tensorboard import SummaryWriter

torch.manual_seed(0)
X, X_val = torch.randn(200, 5), torch.randn(50, 5)
w_true = torch.randn(5, 1)
y = X @ w_true + 0.3 * torch.randn(200, 1)
y_val = X_val @ w_true + 0.3 * torch.randn(50, 1)
model = nn.Linear(5, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)

writer = SummaryWriter("runs/exp1")
for epoch in range(5):
    with torch.no_grad():  # validation loss at the same weights
        val_loss = F.mse_loss(model(X_val), y_val)
    loss = F.mse_loss(model(X), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    # One dict, one chart: each key becomes a run in a subfolder.
    writer.add_scalars("loss", {"train": loss.item(),
                                "val": val_loss.item()}, epoch)
    writer.add_scalar("lr", opt.param_groups[0]["lr"], epoch)
writer.close()

counts = {}
for folder, _, files in sorted(os.walk("runs")):
    print(f"{folder:22} {len(files)} event file(s)")
    counts[folder] = len(files)
tags = {}
for run in ("runs/exp1", "runs/exp1/loss_train", "runs/exp1/loss_val"):
    acc = EventAccumulator(run)
    acc.Reload()
    tags[run] = acc.Tags()["scalars"]
    tag = tags[run][0]
    values = [round(e.value, 3) for e in acc.Scalars(tag)]
    print(f"{run.split('/')[-1]:10} tag {tag!r:6} {values}")

# add_scalars: one subfolder (a run) per key, each with the tag "loss";
# add_scalar("lr", ...) went to the writer's own folder.
assert counts == {"runs": 0, "runs/exp1": 1,
                  "runs/exp1/loss_train": 1, "runs/exp1/loss_val": 1}
assert tags == {"runs/exp1": ["lr"], "runs/exp1/loss_train": ["loss"],
                "runs/exp1/loss_val": ["loss"]}
