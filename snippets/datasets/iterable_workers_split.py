from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class CountStream(IterableDataset):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        info = get_worker_info()  # None in the main process
        if info is None:
            return iter(range(self.n))
        # worker k of K takes samples k, k+K, k+2K, ...
        return iter(range(info.id, self.n, info.num_workers))


loader = DataLoader(CountStream(6), batch_size=None, num_workers=2)
order = [int(x) for x in loader]
print("arrival order:", order)
print("each sample once:", sorted(order) == list(range(6)))
assert sorted(order) == list(range(6))
