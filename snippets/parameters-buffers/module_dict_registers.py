import torch
from torch import nn


class Heads(nn.Module):
    def __init__(self):
        super().__init__()
        self.heads = nn.ModuleDict({  # a plain dict would hide these too
            "age": nn.Linear(16, 1),
            "genre": nn.Linear(16, 5),
        })
        self.scales = nn.ParameterDict({
            "age": nn.Parameter(torch.ones(1)),
        })

    def forward(self, x, task):
        return self.heads[task](x)


model = Heads()
for name, p in model.named_parameters():
    print(f"{name:17} {tuple(p.shape)}")
print("genre output:", tuple(model(torch.randn(2, 16), "genre").shape))
