import os

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
X = torch.randn(256, 10)
y = X @ torch.randn(10, 1) + 0.1 * torch.randn(256, 1)
model = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 1))
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)

os.makedirs("checkpoints", exist_ok=True)
SAVE_EVERY = 2
for epoch in range(1, 7):
    for idx in torch.randperm(len(X)).split(32):  # shuffled mini-batches
        loss = F.mse_loss(model(X[idx]), y[idx])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    scheduler.step()
    if epoch % SAVE_EVERY == 0:
        torch.save(
            {
                "epoch": epoch,
                "model": model.state_dict(),
                "optimizer": optimizer.state_dict(),
                "scheduler": scheduler.state_dict(),
                "loss": loss.item(),
            },
            f"checkpoints/epoch_{epoch:03d}.pt",
        )

files = sorted(os.listdir("checkpoints"))
print(files)
ckpt = torch.load("checkpoints/epoch_006.pt")  # plain data: loads safely
print("keys:", list(ckpt))
print("epoch:", ckpt["epoch"], "| last loss:", round(ckpt["loss"], 4))
lr = ckpt["optimizer"]["param_groups"][0]["lr"]
print("lr stored:", lr)
print("scheduler:", {k: ckpt["scheduler"][k] for k in ("last_epoch", "gamma")})
assert files == ["epoch_002.pt", "epoch_004.pt", "epoch_006.pt"]
assert lr == 0.01 / 2**3 and ckpt["scheduler"]["last_epoch"] == 6
