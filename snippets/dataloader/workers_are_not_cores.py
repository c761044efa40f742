import os
import warnings

from torch.utils.data import DataLoader, get_worker_info

cpus = len(os.sched_getaffinity(0))  # CPU cores this process may use
n = cpus + 1  # more workers than cores: allowed


def worker_id(batch):  # a collate_fn runs in the worker too
    return get_worker_info().id


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loader = DataLoader(range(n), batch_size=1, num_workers=n,
                        collate_fn=worker_id)
    ids = sorted(loader)

warned = any("suggested max number of worker" in str(w.message)
             for w in caught)
print("one batch from each of the cores + 1 workers:", ids == list(range(n)))
print("torch warned about more workers than cores:", warned)
assert ids == list(range(n)) and warned

try:
    DataLoader(range(4), num_loaders=2)  # the name one note uses
except TypeError as e:
    print("TypeError:", e)
