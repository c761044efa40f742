from torch import nn


class WithList(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = [nn.Linear(8, 8) for _ in range(3)]  # hidden


class WithModuleList(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([nn.Linear(8, 8) for _ in range(3)])


counts = {}
for model in (WithList(), WithModuleList()):
    n = sum(p.numel() for p in model.parameters())
    counts[type(model).__name__] = n
    print(f"{type(model).__name__}: {n} parameters")
    print(model)
assert counts == {"WithList": 0, "WithModuleList": 3 * (8 * 8 + 8)}
assert str(WithList()) == "WithList()"  # prints as an empty module
