from iterable_stream import CountStream  # the stream defined above
from torch.utils.data import DataLoader

if __name__ == "__main__":  # needed for workers: see the DataLoader page
    loader = DataLoader(CountStream(6), batch_size=None, num_workers=2)
    seen = [x for x, _target in loader]  # arrival order
    print("samples:", seen)
    print("each sample seen twice:", sorted(seen) == sorted([*range(6)] * 2))
    assert sorted(seen) == sorted([*range(6)] * 2)
