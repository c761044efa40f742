import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
X = torch.randn(10, 3)  # 10 samples, 3 features each
y = torch.arange(10)  # target i for sample i, to see who is where
loader = DataLoader(TensorDataset(X, y), batch_size=4)

# enumerate() adds the batch number; each batch is the tuple (X, y)
shapes = []
for i, (xb, yb) in enumerate(loader):
    print(f"batch {i}: xb.shape={tuple(xb.shape)}  yb={yb.tolist()}")
    shapes.append(tuple(xb.shape))
assert shapes == [(4, 3), (4, 3), (2, 3)]
