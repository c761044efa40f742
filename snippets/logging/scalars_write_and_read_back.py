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
for step in range(10):
    loss = F.mse_loss(model(X), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    writer.add_scalar("loss/train", loss.item(), global_step=step)
writer.close()  # flushes the events to disk

print("event files:", len(os.listdir("runs/linear")))
acc = EventAccumulator("runs/linear")
acc.Reload()  # parse the event files
print("scalar tags:", acc.Tags()["scalars"])
for event in acc.Scalars("loss/train"):
    print(f"step {event.step}: {event.value:.4f}")
