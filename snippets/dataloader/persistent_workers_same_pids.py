import os

import torch
from torch.utils.data import DataLoader, Dataset


class ReportPid(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, idx):
        return torch.tensor(os.getpid())  # which process loaded this sample


def worker_pids(loader):  # the set of processes that served one epoch
    return {pid.item() for batch in loader for pid in batch}


def alive(pid):
    try:
        os.kill(pid, 0)  # signal 0: only checks that the process exists
        return True
    except ProcessLookupError:
        return False


for persistent in (False, True):
    loader = DataLoader(ReportPid(), batch_size=1, num_workers=2,
                        persistent_workers=persistent)
    epoch1 = worker_pids(loader)
    idle = all(alive(p) for p in epoch1)  # between epochs
    epoch2 = worker_pids(loader)
    print(f"persistent_workers={persistent}")
    print(f"  workers alive between epochs: {idle}")
    print(f"  same workers in epoch 2:      {epoch1 == epoch2}")
    assert idle == persistent and (epoch1 == epoch2) == persistent

try:
    DataLoader(ReportPid(), persistent_workers=True)  # num_workers=0
except ValueError as e:
    print("ValueError:", e)
