import torch
from torch.utils.data import DataLoader, Dataset


class LoggingDataset(Dataset):
    def __init__(self, n):
        self.n = n  # nothing is loaded here
        self.touched = []

    def __len__(self):
        return self.n

    def __getitem__(self, idx):
        self.touched.append(idx)  # a real dataset would read a file here
        print(f"  __getitem__({idx})")
        return torch.tensor(float(idx)), idx % 2


ds = LoggingDataset(1000)
loader = DataLoader(ds, batch_size=4, shuffle=True,
                    generator=torch.Generator().manual_seed(0))
print("after DataLoader(...): touched", len(ds.touched), "samples")

print("first batch:")
x, y = next(iter(loader))
print("batch x:", x)
print("touched", len(ds.touched), "of", len(ds), "samples:", ds.touched)
assert len(ds.touched) == 4
