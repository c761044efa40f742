# bake: timeout=30 budget=5
import time
import warnings

import torch
from torch.utils.data import DataLoader, Dataset

warnings.filterwarnings("ignore", "This DataLoader will create")  # > CPUs
LOAD_PER_SAMPLE, BATCH, STEP, N_BATCHES = 0.020, 4, 0.020, 8


class SlowDataset(Dataset):
    def __len__(self):
        return BATCH * N_BATCHES

    def __getitem__(self, idx):
        time.sleep(LOAD_PER_SAMPLE)  # pretend to read and decode a file
        return torch.full((3,), float(idx))


def epoch(loader):
    t0 = time.perf_counter()
    for _batch in loader:
        time.sleep(STEP)  # pretend to run forward, backward, step
    return time.perf_counter() - t0


def steady_epoch_time(workers):
    loader = DataLoader(SlowDataset(), batch_size=BATCH, num_workers=workers,
                        persistent_workers=workers > 0)
    if workers:
        epoch(loader)  # epoch 1 starts the workers; time epoch 2
    return epoch(loader)


base = steady_epoch_time(0)
for workers, at_least in ((2, 1.5), (4, 2.0)):
    speedup = base / steady_epoch_time(workers)
    print(f"num_workers={workers}: at least {at_least}x faster than "
          f"num_workers=0: {speedup >= at_least}")
    assert speedup >= at_least
