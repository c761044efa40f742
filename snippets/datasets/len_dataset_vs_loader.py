import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(10))
for drop_last in (False, True):
    loader = DataLoader(ds, batch_size=4, drop_last=drop_last)
    print(f"drop_last={drop_last!s:5}  len(ds)={len(ds)} samples  "
          f"len(loader)={len(loader)} batches")
    assert len(loader) == sum(1 for _ in loader) == (2 if drop_last else 3)
