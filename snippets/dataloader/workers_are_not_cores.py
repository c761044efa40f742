import os
import warnings

from torch.utils.data import DataLoader
from who_loads_me import WhoLoadsMe

if __name__ == "__main__":
    if hasattr(os, "sched_getaffinity"):  # Linux: the cores we may use
        cores = len(os.sched_getaffinity(0))
    else:  # macOS, Windows
        cores = os.cpu_count()
    n = cores + 1  # more workers than cores: allowed

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        loader = DataLoader(WhoLoadsMe(n), batch_size=1, num_workers=n)
        workers = sorted(int(batch[0, 1]) for batch in loader)

    warned = any("suggested max number of worker" in str(w.message)
                 for w in caught)
    print("each of the cores + 1 workers loaded a batch:",
          workers == list(range(n)))
    print("torch warned about more workers than cores:", warned)
    assert workers == list(range(n)) and warned

    try:
        DataLoader(range(4), num_loaders=2)  # the name one note uses
    except TypeError as e:
        print("TypeError:", e)
    else:
        raise AssertionError("num_loaders should have been refused")
