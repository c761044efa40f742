# bake: timeout=60 budget=5 alone varies
import time
import warnings

from _slow_dataset import SlowDataset  # each __getitem__ sleeps 20 ms
from torch.utils.data import DataLoader

LOAD_PER_SAMPLE, BATCH, STEP, N_BATCHES = 0.020, 4, 0.020, 8


def epoch(loader):
    t0 = time.perf_counter()
    for _batch in loader:
        time.sleep(STEP)  # pretend to run forward, backward, step
    return time.perf_counter() - t0


def steady_epoch_time(workers):
    loader = DataLoader(SlowDataset(BATCH * N_BATCHES, LOAD_PER_SAMPLE),
                        batch_size=BATCH, num_workers=workers,
                        persistent_workers=workers > 0)
    if workers:
        epoch(loader)  # epoch 1 starts the workers; time epoch 2
    return epoch(loader)


if __name__ == "__main__":
    warnings.filterwarnings("ignore", "This DataLoader will create")  # > CPUs
    base = steady_epoch_time(0)
    for workers, at_least in ((2, 1.5), (4, 2.0)):
        speedup = base / steady_epoch_time(workers)
        print(f"num_workers={workers}: {speedup:.1f}x the speed of "
              f"num_workers=0 (at least {at_least}x: {speedup >= at_least})")
        assert speedup >= at_least
