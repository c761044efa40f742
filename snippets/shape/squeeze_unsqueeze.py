import torch

x = torch.tensor([1.0, 2.0, 3.0])     # shape (3,)
print(x.unsqueeze(0).shape)            # (1, 3): a batch of one row
print(x.unsqueeze(1).shape)            # (3, 1): a column
print(x[None, :, None].shape)          # None in an index does the same
assert x.unsqueeze(0).shape == (1, 3) and x.unsqueeze(1).shape == (3, 1)
assert x[None, :, None].shape == x.unsqueeze(0).unsqueeze(-1).shape

y = torch.zeros(1, 3, 1, 2)
print(y.squeeze().shape)               # every size-1 dim removed
print(y.squeeze(0).shape)              # only dim 0
print(y.squeeze(1).shape)              # dim 1 has size 3: unchanged
assert y.squeeze().shape == (3, 2) and y.squeeze(0).shape == (3, 1, 2)
assert y.squeeze(1).shape == y.shape

# Predictions (batch, 10, 1) for a batch that holds one sample:
preds = torch.zeros(1, 10, 1)
print(preds.squeeze().shape, "vs", preds.squeeze(-1).shape)
assert preds.squeeze().shape == (10,)       # the batch dim is gone too
assert preds.squeeze(-1).shape == (1, 10)   # still a batch of one
