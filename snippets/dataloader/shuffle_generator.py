import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(8))


def epoch_order(loader):
    return [x.item() for (xb,) in loader for x in xb]


g = torch.Generator().manual_seed(0)
loader = DataLoader(ds, batch_size=4, shuffle=True, generator=g)
e1, e2 = epoch_order(loader), epoch_order(loader)
print("epoch 1:", e1)
print("epoch 2:", e2, "(reshuffled every epoch)")

# A fresh generator with the same seed replays the same order, however
# many random numbers the rest of the program drew in between.
torch.rand(1000)
again = DataLoader(ds, batch_size=4, shuffle=True,
                   generator=torch.Generator().manual_seed(0))
replay = epoch_order(again)
print("same seed, same epoch 1:", replay == e1)
assert e1 != e2 and replay == e1
