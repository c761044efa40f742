from torch.utils.data import IterableDataset, get_worker_info


class SplitStream(IterableDataset):
    """Like CountStream, but each worker yields only its share."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        info = get_worker_info()  # None in the main process
        if info is None:  # no workers: yield everything
            start, step = 0, 1
        else:  # worker k of K takes samples k, k+K, k+2K, ...
            start, step = info.id, info.num_workers
        for i in range(start, self.n, step):
            yield i, i * 10


if __name__ == "__main__":
    print("get_worker_info() here:", get_worker_info())
    samples = [x for x, _target in SplitStream(6)]
    print("main process, no workers:", samples)
    assert get_worker_info() is None and samples == list(range(6))
