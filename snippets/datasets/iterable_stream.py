from torch.utils.data import DataLoader, IterableDataset


class CountStream(IterableDataset):
    """Yields samples one after another, like lines read from a file."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i, i * 10  # (sample, target)


stream = CountStream(7)
for x, y in DataLoader(stream, batch_size=3):
    print("x:", x, "y:", y)

try:
    stream[0]  # no indexing: there is no __getitem__
except NotImplementedError as e:
    print("NotImplementedError:", e)
