from torch.utils.data import DataLoader, IterableDataset


class CountStream(IterableDataset):
    def __iter__(self):
        return iter(range(6))


try:
    DataLoader(CountStream(), batch_size=2, shuffle=True)
except ValueError as e:
    print("ValueError:", e)
else:
    raise AssertionError("shuffle=True should have raised ValueError")
