import torch
from torch.utils.data import TensorDataset, random_split

dataset = TensorDataset(torch.arange(1000).float().unsqueeze(1))

# Fractions or counts; the seeded generator makes the split repeatable.
train_set, val_set, test_set = random_split(
    dataset, [0.7, 0.15, 0.15], generator=torch.Generator().manual_seed(0)
)
print("sizes:", len(train_set), len(val_set), len(test_set))
assert (len(train_set), len(val_set), len(test_set)) == (700, 150, 150)
print("first test indices:", test_set.indices[:5])

# Same seed, same split: the test set stays unseen across runs.
again = random_split(
    dataset, [700, 150, 150], generator=torch.Generator().manual_seed(0)
)
print("same seed, same test set:", again[2].indices == test_set.indices)
assert again[2].indices == test_set.indices

# Together the three subsets hold every sample exactly once.
ids = train_set.indices + val_set.indices + test_set.indices
print("every sample exactly once:", sorted(ids) == list(range(1000)))
assert sorted(ids) == list(range(1000))
