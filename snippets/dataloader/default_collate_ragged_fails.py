import torch
from torch.utils.data import DataLoader

# Sequences of different lengths, e.g. sentences as token ids.
seqs = [torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor([6])]

try:
    next(iter(DataLoader(seqs, batch_size=3)))
except RuntimeError as e:
    print("RuntimeError:", e)
else:
    raise AssertionError("stacking ragged tensors should have failed")
