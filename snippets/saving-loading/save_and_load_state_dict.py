import os

import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))


torch.manual_seed(0)
model = make_model()
torch.save(model.state_dict(), "model.pt")  # a relative path: ./model.pt
print("saved", os.path.getsize("model.pt"), "bytes")

# Loading needs a model of the same architecture to pour the tensors into.
torch.manual_seed(1)
fresh = make_model()  # different random weights
x = torch.randn(2, 4)
print("same output before loading:", torch.equal(fresh(x), model(x)))

result = fresh.load_state_dict(torch.load("model.pt"))
print("load_state_dict returned:", result)
print("same output after loading: ", torch.equal(fresh(x), model(x)))
assert torch.equal(fresh(x), model(x))
