try:
    from torch.data.utils import DataLoader  # the path one note gives
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

from torch.utils.data import DataLoader  # the real path

print(DataLoader.__module__)
