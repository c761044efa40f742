import torch
from torch.utils.data import TensorDataset, random_split

dataset = TensorDataset(torch.arange(1000).float().unsqueeze(1))

# Fractions or counts; the seeded generator makes the split repeatable.
train_set, val_set, test_set = random_split(
    dataset, [0.7, 0.15, 0.15], generator=torch.Generator().manual_seed(0)
)
print("sizes:", len(train_set), len(val_set), len(test_set))
print("first test indices:", test_set.indices[:5])

# Same seed, same split: the test set stays unseen across runs.
again = random_split(
    dataset, [700, 150, 150], generator=torch.Generator().manual_seed(0)
)
assert again[2].indices == test_set.indices
# The three subsets never overlap.
ids = [set(s.indices) for s in (train_set, val_set, test_set)]
assert not (ids[0] & ids[1] or ids[0] & ids[2] or ids[1] & ids[2])
