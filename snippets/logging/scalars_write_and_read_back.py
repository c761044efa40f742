import math
import os

import torch
import torch.nn.functional as F
from tensorboard.backend.event_processing.event_accumulator import (
    EventAccumulator,
)
from torch import nn
from torch.utils.tensorboard import SummaryWriter

torch.manual_seed(0)
X = torch.randn(128, 3)
y = X @ torch.tensor([[2.0], [-1.0], [0.5]])
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)

writer = SummaryWriter("runs/linear")  # a relative log dir
logged = []
for step in range(10):
    loss = F.mse_loss(model(X), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    writer.add_scalar("loss/train", loss.item(), global_step=step)
    logged.append(loss.item())
writer.close()  # flushes the events to disk

files = os.listdir("runs/linear")
print("event files:", len(files))
acc = EventAccumulator("runs/linear")
acc.Reload()  # parse the event files
print("scalar tags:", acc.Tags()["scalars"])
events = acc.Scalars("loss/train")
for event in events:
    print(f"step {event.step}: {event.value:.4f}")

assert len(files) == 1 and files[0].startswith("events.out.tfevents.")
assert acc.Tags()["scalars"] == ["loss/train"]
assert [e.step for e in events] == list(range(10))
# What was read back is what was logged (stored as float32).
assert all(math.isclose(e.value, v, rel_tol=1e-6)
           for e, v in zip(events, logged, strict=True))
