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
    print(f"{name:18} {tuple(p.shape)}")
out = model(torch.zeros(2, 16), "genre")
print("genre output:", tuple(out.shape))
assert [name for name, _ in model.named_parameters()] == [
    "heads.age.weight", "heads.age.bias",
    "heads.genre.weight", "heads.genre.bias", "scales.age"]
assert out.shape == (2, 5)
