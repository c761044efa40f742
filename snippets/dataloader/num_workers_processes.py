import os

import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info

MAIN_PID = os.getpid()


class WhoLoadsMe(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, idx):
        info = get_worker_info()  # None when not in a worker process
        worker = -1 if info is None else info.id
        return torch.tensor([idx, worker, os.getpid() == MAIN_PID])


for n in (0, 2):
    print(f"num_workers={n}")
    for batch in DataLoader(WhoLoadsMe(), batch_size=2, num_workers=n):
        idx, worker, in_main = batch.T.tolist()
        who = "main process" if all(in_main) else f"worker {worker[0]}"
        print(f"  batch {idx} loaded by {who}")
