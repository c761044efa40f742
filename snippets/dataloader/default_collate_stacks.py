import torch
from torch.utils.data import DataLoader, default_collate

# Three samples, each a tuple (features, label) as a Dataset returns them.
samples = [(torch.tensor([1.0, 2.0]), 0),
           (torch.tensor([3.0, 4.0]), 1),
           (torch.tensor([5.0, 6.0]), 0)]

batch = default_collate(samples)  # what the DataLoader calls per batch
print("batch is a", type(batch).__name__, "of", len(batch), "fields")
xb, yb = batch
print("xb =", xb)  # tensors stacked along a new dim 0
print("yb =", yb)  # Python ints became one int64 tensor

# A list of samples is already a valid dataset: same result via the loader.
xb2, yb2 = next(iter(DataLoader(samples, batch_size=3)))
assert torch.equal(xb, xb2) and torch.equal(yb, yb2)
assert yb.dtype == torch.int64
