# bake: alone
import time

import torch
from torch.utils.data import DataLoader, TensorDataset

# A small in-memory dataset: each __getitem__ is just an index into a tensor.
torch.manual_seed(0)
ds = TensorDataset(torch.randn(512, 8), torch.randint(0, 2, (512,)))


def one_epoch(num_workers):
    """(seconds until the first batch arrives, seconds for the epoch)"""
    loader = DataLoader(ds, batch_size=64, num_workers=num_workers)
    t0 = time.perf_counter()
    for i, _batch in enumerate(loader):
        if i == 0:
            first = time.perf_counter() - t0
    return first, time.perf_counter() - t0


if __name__ == "__main__":
    # The fastest of 3 single-process epochs: the least disturbed one.
    total0 = min(one_epoch(0)[1] for _ in range(3))
    first2, total2 = one_epoch(2)  # starting 2 workers is part of it
    print("num_workers=2 at least 3x slower than 0:", total2 >= 3 * total0)
    print("2 workers' FIRST batch comes after 0 workers' WHOLE epoch:",
          first2 > total0)
    assert total2 >= 3 * total0 and first2 > total0
