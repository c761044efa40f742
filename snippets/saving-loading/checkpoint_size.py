import os

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(256, 512), nn.ReLU(), nn.Linear(512, 512),
                      nn.ReLU(), nn.Linear(512, 10))
opt = torch.optim.Adam(model.parameters())
X, y = torch.randn(64, 256), torch.randint(0, 10, (64,))
F.cross_entropy(model(X), y).backward()
opt.step()  # Adam creates its state on the first step

torch.save({"model": model.state_dict(), "optimizer": opt.state_dict()},
           "ckpt.pt")
torch.save(model.state_dict(), "weights.pt")

# Adam keeps two running averages the size of each parameter.
print("Adam state per parameter:", list(opt.state_dict()["state"][0]))
weights = sum(p.numel() * p.element_size() for p in model.parameters())
only = os.path.getsize("weights.pt")
ckpt = os.path.getsize("ckpt.pt")
print(f"weights in memory: {weights:>9,} bytes")
print(f"weights.pt:        {only:>9,} bytes  ({only / weights:.2f} x)")
print(f"3 x weights:       {3 * weights:>9,} bytes")
print(f"ckpt.pt:           {ckpt:>9,} bytes  ({ckpt / weights:.2f} x)")
# The rest is the zip container and pickle metadata: under 1 %.
assert 0 < only - weights < 0.01 * only
assert 0 < ckpt - 3 * weights < 0.01 * ckpt
