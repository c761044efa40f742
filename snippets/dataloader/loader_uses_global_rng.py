import torch
from torch.utils.data import DataLoader


def next_draw_after(loader):  # torch.rand(1) after one epoch of loader
    torch.manual_seed(0)
    for _batch in loader:
        pass
    return torch.rand(1)


torch.manual_seed(0)
expected = torch.rand(1)  # the first draw after manual_seed(0)

plain = DataLoader(range(4), batch_size=2)  # no shuffle, no workers
own = DataLoader(range(4), batch_size=2, generator=torch.Generator())
moved = not torch.equal(next_draw_after(plain), expected)
kept = torch.equal(next_draw_after(own), expected)
print("an epoch of a plain loader moved torch's global RNG:", moved)
print("an epoch of a loader with its own generator left it alone:", kept)
assert moved and kept
