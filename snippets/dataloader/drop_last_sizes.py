import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(10))  # 10 samples, batches of 4

sizes = {}
for drop_last in (False, True):
    loader = DataLoader(ds, batch_size=4, drop_last=drop_last)
    sizes[drop_last] = [len(xb) for (xb,) in loader]
    print(f"drop_last={drop_last!s:5} -> batch sizes {sizes[drop_last]}")
assert sizes == {False: [4, 4, 2], True: [4, 4]}
