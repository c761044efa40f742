import multiprocessing

from torch.utils.data import DataLoader
from who_loads_me import WhoLoadsMe


def worker_pids(loader):  # the processes that served one epoch
    return {int(batch[0, 2]) for batch in loader}


def running_children():  # the child processes still alive
    return {p.pid for p in multiprocessing.active_children()}


if __name__ == "__main__":
    for persistent in (False, True):
        loader = DataLoader(WhoLoadsMe(4), batch_size=1, num_workers=2,
                            persistent_workers=persistent)
        epoch1 = worker_pids(loader)
        idle = epoch1 <= running_children()  # between the two epochs
        epoch2 = worker_pids(loader)
        print(f"persistent_workers={persistent}")
        print(f"  workers alive between epochs: {idle}")
        print(f"  same workers in epoch 2:      {epoch1 == epoch2}")
        assert idle == persistent and (epoch1 == epoch2) == persistent

    try:
        DataLoader(WhoLoadsMe(), persistent_workers=True)  # num_workers=0
    except ValueError as e:
        print("ValueError:", e)
    else:
        raise AssertionError("persistent_workers needs num_workers > 0")
