from torch.utils.data import DataLoader, Dataset


class TimesTen(Dataset):  # __getitem__ only: no __len__
    def __getitem__(self, idx):
        return idx * 10


ds = TimesTen()
print("ds[3] =", ds[3])  # indexing needs nothing else

loader = DataLoader(ds, batch_size=2)  # building the loader works too...
try:
    next(iter(loader))  # ...but the default sampler asks for len(ds)
except TypeError as e:
    print("TypeError:", e)
else:
    raise AssertionError("the default sampler should need __len__")

# A sampler that already knows which indices to use never asks.
loader = DataLoader(ds, batch_size=2, sampler=[0, 1, 2, 3, 4])
batches = [b.tolist() for b in loader]
print("with sampler=[0, 1, 2, 3, 4]:", batches)
assert batches == [[0, 10], [20, 30], [40]]
