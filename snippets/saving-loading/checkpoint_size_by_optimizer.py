import os

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
X, y = torch.randn(64, 100), torch.randn(64, 1)
optimizers = {
    "SGD": lambda params: torch.optim.SGD(params, lr=0.01),
    "SGD + momentum": lambda params: torch.optim.SGD(params, lr=0.01,
                                                     momentum=0.9),
    "Adam": lambda params: torch.optim.Adam(params),
}
ratios = []
for name, make in optimizers.items():
    model = nn.Sequential(nn.Linear(100, 200), nn.ReLU(), nn.Linear(200, 1))
    opt = make(model.parameters())
    F.mse_loss(model(X), y).backward()
    opt.step()  # optimizers create their state on the first step
    torch.save({"model": model.state_dict(), "optimizer": opt.state_dict()},
               "ckpt.pt")
    weights = sum(p.numel() * p.element_size() for p in model.parameters())
    ratio = os.path.getsize("ckpt.pt") / weights
    print(f"{name:15} checkpoint = {ratio:.2f} x the weights")
    ratios.append(ratio)
# 1, 2, 3 copies of the weights, plus a small fixed overhead per file.
assert [round(r) for r in ratios] == [1, 2, 3]
assert all(0 < r - round(r) < 0.1 for r in ratios)
