from torch import nn


class WithList(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = [nn.Linear(8, 8) for _ in range(3)]  # hidden


class WithModuleList(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([nn.Linear(8, 8) for _ in range(3)])


for model in (WithList(), WithModuleList()):
    n = sum(p.numel() for p in model.parameters())
    print(f"{type(model).__name__}: {n} parameters")
    print(model)
