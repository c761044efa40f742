import os

import torch
from torch.utils.data import Dataset, get_worker_info


class WhoLoadsMe(Dataset):
    """Sample idx is [idx, worker id (-1: none), id of the loading process]."""

    def __init__(self, n=8):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, idx):
        info = get_worker_info()  # None when not in a worker process
        worker = -1 if info is None else info.id
        return torch.tensor([idx, worker, os.getpid()])


if __name__ == "__main__":  # not when another example imports WhoLoadsMe
    idx, worker, pid = WhoLoadsMe()[5].tolist()
    print(f"sample {idx}: worker {worker}, "
          f"loaded by this process: {pid == os.getpid()}")
    assert worker == -1 and pid == os.getpid()
