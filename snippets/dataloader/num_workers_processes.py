import os

from torch.utils.data import DataLoader
from who_loads_me import WhoLoadsMe  # a class in a file: see below

if __name__ == "__main__":  # see "On macOS and Windows" below
    for n in (0, 2):
        print(f"num_workers={n}")
        loaders = []
        for batch in DataLoader(WhoLoadsMe(8), batch_size=2, num_workers=n):
            idx, worker, pid = batch.T.tolist()  # one column per field
            main = set(pid) == {os.getpid()}
            who = "main process" if main else f"worker {worker[0]}"
            print(f"  batch {idx} loaded by {who}")
            loaders.append(who)
        expected = (["main process"] * 4 if n == 0
                    else ["worker 0", "worker 1"] * 2)  # taking turns
        assert loaders == expected
