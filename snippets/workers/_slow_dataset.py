"""The slow dataset of the workers page's timing example.

It lives in a file of its own so that worker processes can import it,
also when they are started with `spawn` (macOS, Windows) and also when
the example runs in a Jupyter notebook.
"""

import time

import torch
from torch.utils.data import Dataset


class SlowDataset(Dataset):
    """n samples; each __getitem__ sleeps `seconds`, like reading a file."""

    def __init__(self, n, seconds):
        self.n, self.seconds = n, seconds

    def __len__(self):
        return self.n

    def __getitem__(self, idx):
        time.sleep(self.seconds)  # pretend to read and decode a file
        return torch.full((3,), float(idx))
