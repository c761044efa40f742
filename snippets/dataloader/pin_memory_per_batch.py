# bake: devices=cpu,cuda
import textwrap
import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

print("accelerator available:", torch.accelerator.is_available())
ds = TensorDataset(torch.randn(8, 3))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loader = DataLoader(ds, batch_size=4, pin_memory=True)
    print("warnings after DataLoader(...):", len(caught))
    for epoch in range(2):
        pinned = [xb.is_pinned() for (xb,) in loader]  # pinned per batch
        print(f"epoch {epoch}: batches pinned {pinned}, "
              f"warnings so far: {len(caught)}")

for w in caught[:1]:
    print(textwrap.fill(f"{w.category.__name__}: {w.message}", 72))
print("the dataset's own tensor is pinned:", ds.tensors[0].is_pinned())
assert all(pinned) == torch.accelerator.is_available()
