import torch
from torch.utils.data import DataLoader, Dataset


class SquaresDataset(Dataset):
    """x -> x**2 for x = 0, 1, ..., n-1."""

    def __init__(self, n):
        self.x = torch.arange(n, dtype=torch.float32)

    def __len__(self):  # how many samples
        return len(self.x)

    def __getitem__(self, idx):  # ONE sample: (input, target)
        x = self.x[idx]
        return x, x**2


ds = SquaresDataset(5)
print("len(ds) =", len(ds))
print("ds[3]   =", ds[3])

sample, target = ds[4]  # the tuple unpacks
print("sample:", sample.item(), "| target:", target.item())
assert isinstance(ds[3], tuple) and ds[3][1].item() == 9.0

# Batching is the loader's job: it asks for 3 samples and stacks them.
batch = next(iter(DataLoader(ds, batch_size=3)))
print("one batch of 3:", batch)
assert torch.equal(batch[1], torch.tensor([0.0, 1.0, 4.0]))
