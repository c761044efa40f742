import torch
from torch.utils.data import TensorDataset

torch.manual_seed(0)
X = torch.randn(6, 3)  # 6 samples, 3 features
y = torch.arange(6) % 2  # 6 labels

ds = TensorDataset(X, y)  # indexes every tensor along dim 0
print("len:", len(ds))
x2, y2 = ds[2]
print("ds[2] ->", x2, y2)
assert len(ds) == 6 and torch.equal(x2, X[2]) and y2 == y[2]

try:
    TensorDataset(X, torch.arange(5))  # sizes must match
except AssertionError as e:
    print("AssertionError:", e)
else:
    raise AssertionError("6 inputs and 5 labels should have been refused")
