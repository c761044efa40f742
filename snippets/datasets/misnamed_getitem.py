from torch.utils.data import DataLoader, Dataset


class Typo(Dataset):
    def __len__(self):
        return 4

    def __get_item__(self, idx):  # a typo: Python never calls this
        return idx


ds = Typo()
print("len works:", len(ds))

try:
    ds[0]  # indexing calls __getitem__, inherited from Dataset
except NotImplementedError as e:
    print("NotImplementedError:", e)
else:
    raise AssertionError("ds[0] should have raised NotImplementedError")

try:
    next(iter(DataLoader(ds, batch_size=2)))  # the loader indexes too
except NotImplementedError as e:
    print("NotImplementedError:", e)
else:
    raise AssertionError("the loader should have raised NotImplementedError")
