# bake: devices=cpu,cuda
import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

data = TensorDataset(torch.randn(8, 3), torch.arange(8))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loader = DataLoader(data, batch_size=4, pin_memory=True)
    x, y = next(iter(loader))

print("dataset tensor pinned:", data.tensors[0].is_pinned())
print("batch pinned         :", x.is_pinned(), y.is_pinned())
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
