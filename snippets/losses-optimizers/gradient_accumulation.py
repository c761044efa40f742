import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(32, 3), torch.randn(32, 1)
loss_fn = nn.MSELoss()  # reduction="mean"

loss_fn(model(x), y).backward()  # one batch of 32
big_batch = model.weight.grad.clone()

model.zero_grad()
for xb, yb in zip(x.split(8), y.split(8), strict=True):  # 4 micro-batches
    loss = loss_fn(model(xb), yb)
    (loss / 4).backward()  # divide: each loss is a mean over 8, not 32
accumulated = model.weight.grad.clone()  # then ONE optimizer.step()

model.zero_grad()
for xb, yb in zip(x.split(8), y.split(8), strict=True):
    loss_fn(model(xb), yb).backward()  # forgot to divide
undivided = model.weight.grad

print("one batch of 32      :", big_batch)
print("4 x 8, loss / 4      :", accumulated)
print("4 x 8, not divided   :", undivided)
assert torch.allclose(accumulated, big_batch, atol=1e-6)
assert torch.allclose(undivided, 4 * big_batch, atol=1e-5)
