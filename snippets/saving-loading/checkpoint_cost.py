import os
import time

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(256, 512), nn.ReLU(), nn.Linear(512, 512),
                      nn.ReLU(), nn.Linear(512, 10))
opt = torch.optim.Adam(model.parameters())
X, y = torch.randn(2048, 256), torch.randint(0, 10, (2048,))

start = time.perf_counter()
for idx in torch.arange(2048).split(64):  # one epoch: 32 steps
    loss = F.cross_entropy(model(X[idx]), y[idx])
    opt.zero_grad()
    loss.backward()
    opt.step()
epoch_s = time.perf_counter() - start

start = time.perf_counter()
torch.save({"model": model.state_dict(), "optimizer": opt.state_dict()},
           "ckpt.pt")
save_s = time.perf_counter() - start
torch.save(model.state_dict(), "weights.pt")

# Adam keeps two running averages the size of each parameter.
print("Adam state per parameter:", list(opt.state_dict()["state"][0]))
weights = sum(p.numel() * p.element_size() for p in model.parameters())
ckpt = os.path.getsize("ckpt.pt")
print(f"weights in memory: {weights:>9,} bytes")
print(f"weights.pt:        {os.path.getsize('weights.pt'):>9,} bytes")
print(f"3 x weights:       {3 * weights:>9,} bytes")
print(f"ckpt.pt:           {ckpt:>9,} bytes  ({ckpt / weights:.2f} x)")
assert 0 < ckpt - 3 * weights < 0.01 * ckpt  # zip/pickle overhead: < 1 %

# Time varies from run to run; the comparison holds with a wide margin.
print("saving took under 1/5 of an epoch (32 steps):", save_s < epoch_s / 5)
