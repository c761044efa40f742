import torch
from torch.utils.data import Subset, TensorDataset, random_split

ds = TensorDataset(torch.arange(10) * 100)  # sample i holds the value 100*i

picked = Subset(ds, [7, 2, 5])  # a view through chosen indices: no copy
print("Subset values:", [picked[i][0].item() for i in range(len(picked))])

g = torch.Generator().manual_seed(0)
train, val = random_split(ds, [0.8, 0.2], generator=g)  # or [8, 2]
print(type(train).__name__, "sizes:", len(train), len(val))
print("train indices:", train.indices)
print("val indices  :", val.indices)
assert sorted(train.indices + val.indices) == list(range(10))
assert picked.dataset is ds and train.dataset is val.dataset is ds  # no copy
