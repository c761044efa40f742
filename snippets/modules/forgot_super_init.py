from torch import nn


class Forgetful(nn.Module):
    def __init__(self):
        # super().__init__() is missing: the registries for
        # submodules and parameters do not exist yet.
        self.fc = nn.Linear(3, 1)


try:
    Forgetful()
except AttributeError as e:
    print("AttributeError:", e)
else:
    raise AssertionError("Forgetful() should have raised AttributeError")


class Fixed(nn.Module):
    def __init__(self):
        super().__init__()  # first line of every __init__
        self.fc = nn.Linear(3, 1)


print(Fixed())
