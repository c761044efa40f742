import torch
from torch import nn

torch.manual_seed(0)
seq = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
x = torch.randn(2, 3)

# Sequential feeds each module's output into the next, in order.
h = seq[0](x)  # index it like a list
print("before ReLU:", h[0])
h = seq[1](h)  # ReLU: max(0, value), elementwise
print("after ReLU: ", h[0])
by_hand = seq[2](h)

assert torch.equal(seq(x), by_hand)
print("seq(x) == chaining by hand:", torch.equal(seq(x), by_hand))
