import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
X = torch.randn(256, 10)
y = X @ torch.randn(10, 1) + 0.1 * torch.randn(256, 1)


def make_run(seed):
    torch.manual_seed(seed)  # initial weights
    model = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 1))
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
    shuffle = torch.Generator().manual_seed(seed)  # data order
    return {"model": model, "optimizer": opt, "scheduler": sched,
            "shuffle": shuffle}


def train_epoch(run):
    model, opt = run["model"], run["optimizer"]
    for idx in torch.randperm(256, generator=run["shuffle"]).split(32):
        loss = F.mse_loss(model(X[idx]), y[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
    run["scheduler"].step()


straight = make_run(seed=1)  # six epochs in one go
for _ in range(6):
    train_epoch(straight)

first_half = make_run(seed=1)  # three epochs, then save the whole state
for _ in range(3):
    train_epoch(first_half)
torch.save({
    "epoch": 3,
    "model": first_half["model"].state_dict(),
    "optimizer": first_half["optimizer"].state_dict(),
    "scheduler": first_half["scheduler"].state_dict(),
    "shuffle": first_half["shuffle"].get_state(),  # RNG state: a tensor
}, "ckpt.pt")


def resume(everything):
    run = make_run(seed=99)  # fresh objects, other random weights
    ckpt = torch.load("ckpt.pt")
    run["model"].load_state_dict(ckpt["model"])
    if everything:
        run["optimizer"].load_state_dict(ckpt["optimizer"])
        run["scheduler"].load_state_dict(ckpt["scheduler"])
        run["shuffle"].set_state(ckpt["shuffle"])
    for _ in range(ckpt["epoch"], 6):
        train_epoch(run)
    pairs = zip(straight["model"].parameters(),
                run["model"].parameters(), strict=True)
    return all(torch.equal(p, q) for p, q in pairs)


model_only, full_resume = resume(False), resume(True)
print("resumed from model weights only, identical:", model_only)
print("resumed from the full checkpoint, identical:", full_resume)
assert full_resume and not model_only
