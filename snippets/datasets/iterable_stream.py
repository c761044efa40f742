from torch.utils.data import DataLoader, IterableDataset


class CountStream(IterableDataset):
    """Yields samples one after another, like lines read from a file."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i, i * 10  # (sample, target)


if __name__ == "__main__":  # not when another example imports CountStream
    stream = CountStream(7)
    sizes = []
    for x, y in DataLoader(stream, batch_size=3):
        print("x:", x, "y:", y)
        sizes.append(len(x))
    assert sizes == [3, 3, 1]  # the stream ran out: a short last batch

    try:
        stream[0]  # no indexing: there is no __getitem__
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    else:
        raise AssertionError("stream[0] should have raised")
