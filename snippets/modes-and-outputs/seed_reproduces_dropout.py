import torch
from torch import nn


def run(seed):
    torch.manual_seed(seed)  # seeds init AND dropout masks
    model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5))
    return model(torch.ones(1, 4)).detach()


print("seed 0:", run(0))
print("seed 0:", run(0))
print("seed 1:", run(1))
assert torch.equal(run(0), run(0)) and not torch.equal(run(0), run(1))
