# bake: timeout=2
import os
import time

import torch
from torch.utils.data import DataLoader, Dataset


class Slow(Dataset):
    def __len__(self):
        return 100

    def __getitem__(self, i):
        print("worker pid", os.getpid(), flush=True)
        time.sleep(60)
        return torch.tensor(i)


for batch in DataLoader(Slow(), num_workers=2, batch_size=1):
    pass
