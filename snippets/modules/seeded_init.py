import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(50, 30), nn.ReLU(), nn.Linear(30, 3))


torch.manual_seed(123)
a = make_model()
torch.manual_seed(123)
b = make_model()  # same seed, same random init
c = make_model()  # generator has moved on: different init

print("a[0].weight[0, :4]:", a[0].weight[0, :4].detach())
print("b[0].weight[0, :4]:", b[0].weight[0, :4].detach())
print("c[0].weight[0, :4]:", c[0].weight[0, :4].detach())


def same(m1, m2):
    pairs = zip(m1.parameters(), m2.parameters(), strict=True)
    return all(torch.equal(p, q) for p, q in pairs)


print("a == b:", same(a, b), "| a == c:", same(a, c))
assert same(a, b) and not same(a, c)
