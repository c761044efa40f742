from torch.utils.data import DataLoader, IterableDataset


class CountStream(IterableDataset):
    def __init__(self, n):
        self.n = n

    def __iter__(self):  # every worker runs this on its own copy
        return iter(range(self.n))


loader = DataLoader(CountStream(6), batch_size=None, num_workers=2)
seen = [int(x) for x in loader]  # arrival order
print("samples:", seen)
print("each sample seen twice:", sorted(seen) == sorted([*range(6)] * 2))
assert len(seen) == 12
