import time

import torch
from torch.utils.data import DataLoader, TensorDataset

# A small in-memory dataset: each __getitem__ is just an index into a tensor.
ds = TensorDataset(torch.randn(512, 8), torch.randint(0, 2, (512,)))


def one_epoch(num_workers):
    """(seconds until the first batch arrives, seconds for the epoch)"""
    loader = DataLoader(ds, batch_size=64, num_workers=num_workers)
    t0 = time.perf_counter()
    for i, _batch in enumerate(loader):
        if i == 0:
            first = time.perf_counter() - t0
    return first, time.perf_counter() - t0


one_epoch(0)  # warm-up: the very first epoch pays one-off costs
(_, total0), (first2, total2) = one_epoch(0), one_epoch(2)
print("num_workers=2 at least 5x slower than 0:", total2 >= 5 * total0)
print("2 workers' FIRST batch comes after 0 workers' WHOLE epoch:",
      first2 > total0)
assert total2 >= 5 * total0 and first2 > total0
