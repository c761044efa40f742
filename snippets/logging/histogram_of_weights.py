import torch
import torch.nn.functional as F
from tensorboard.backend.event_processing.event_accumulator import (
    EventAccumulator,
)
from torch import nn
from torch.utils.tensorboard import SummaryWriter

torch.manual_seed(0)
X = torch.randn(256, 8)
y = (X[:, 0] > 0).long()
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.5)

with SummaryWriter("runs/hist") as writer:  # the with-block closes it
    for epoch in range(4):
        writer.add_histogram("fc1.weight", model[0].weight, epoch)
        for _ in range(25):
            loss = F.cross_entropy(model(X), y)
            opt.zero_grad()
            loss.backward()
            opt.step()

# The reader keeps 1 histogram per tag by default; 0 means keep them all.
default = EventAccumulator("runs/hist")
default.Reload()
print("default reader keeps:", len(default.Histograms("fc1.weight")))
assert len(default.Histograms("fc1.weight")) == 1
acc = EventAccumulator("runs/hist", size_guidance={"histograms": 0})
acc.Reload()
stds = []
for event in acc.Histograms("fc1.weight"):
    h = event.histogram_value  # summary statistics plus bucket counts
    std = (h.sum_squares / h.num - (h.sum / h.num) ** 2) ** 0.5
    print(f"epoch {event.step}: n={h.num:.0f}  min={h.min:+.2f}  "
          f"max={h.max:+.2f}  std={std:.2f}")
    stds.append(std)
    assert h.num == model[0].weight.numel()  # 16 x 8 = 128 weights
# All four kept; the weights spread out epoch after epoch.
assert len(stds) == 4 and stds == sorted(stds) and stds[-1] > 1.4 * stds[0]
