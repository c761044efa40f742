import torch
from torch import nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.5)
x = torch.ones(10)

drop.train()  # the default for a new module
a, b = drop(x), drop(x)
print("train:", a)  # about half zeroed, survivors scaled by 1/(1-p) = 2
print("train:", b)  # a new random mask on every call

drop.eval()
print("eval: ", drop(x))  # identity: nothing dropped, nothing scaled
assert set(a.tolist()) == {0.0, 2.0} and torch.equal(drop(x), x)
assert not torch.equal(a, b)  # two calls, two masks
