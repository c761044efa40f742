import torch
from torch.utils.data import Dataset


class SquaresDataset(Dataset):
    """x -> x**2 for x = 0, 1, ..., n-1."""

    def __init__(self, n):
        self.x = torch.arange(n, dtype=torch.float32)

    def __len__(self):  # how many samples
        return len(self.x)

    def __getitem__(self, idx):  # one sample: (input, target)
        x = self.x[idx]
        return x, x**2


ds = SquaresDataset(5)
print("len(ds) =", len(ds))
print("ds[3]   =", ds[3])

sample, target = ds[4]  # the tuple unpacks
print("sample:", sample.item(), "| target:", target.item())
assert isinstance(ds[0], tuple) and len(ds[0]) == 2
