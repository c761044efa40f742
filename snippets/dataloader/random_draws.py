import random

import numpy as np
import torch
from torch.utils.data import Dataset, get_worker_info

COLUMNS = ("worker", "torch", "random", "numpy", "own rng")


class RandomDraws(Dataset):
    """Each sample records who loaded it and draws one number (0-99) from
    each random number generator, as a random augmentation would."""

    def __init__(self, n=4):
        self.n = n
        self.rng = np.random.default_rng(0)  # an RNG the dataset owns

    def __len__(self):
        return self.n

    def __getitem__(self, idx):
        info = get_worker_info()
        return {"worker": -1 if info is None else info.id,
                "seed": torch.initial_seed(),  # torch's seed in this process
                "torch": torch.randint(100, ()).item(),
                "random": random.randrange(100),
                "numpy": int(np.random.randint(100)),
                "own rng": int(self.rng.integers(100))}


def reseed_own_rng(worker_id):
    """A worker_init_fn: runs in each worker after torch seeded it."""
    dataset = get_worker_info().dataset  # this worker's copy
    dataset.rng = np.random.default_rng(torch.initial_seed())


def show(samples):
    print("  " + "".join(f"{c:>9}" for c in COLUMNS))
    for s in samples:
        print("  " + "".join(f"{s[c]:>9}" for c in COLUMNS))


if __name__ == "__main__":  # not when the examples below import this file
    torch.manual_seed(0)
    random.seed(0)
    np.random.seed(0)
    ds = RandomDraws()
    samples = [ds[0], ds[1]]  # loaded in the main process
    show(samples)
    assert [s["worker"] for s in samples] == [-1, -1]
    assert samples[0]["seed"] == 0  # set by torch.manual_seed(0)
