try:
    from torch.data.utils import DataLoader  # the path one note gives
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
else:
    raise AssertionError("torch.data.utils should not exist")

from torch.utils.data import DataLoader  # the real path

print(DataLoader.__module__)
assert DataLoader.__module__.startswith("torch.utils.data")
