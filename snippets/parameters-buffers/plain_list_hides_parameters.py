import torch
from torch import nn


class WithList(nn.Module):
    def __init__(self):
        super().__init__()
        self.ws = [nn.Parameter(torch.randn(4)) for _ in range(3)]


class WithParameterList(nn.Module):
    def __init__(self):
        super().__init__()
        self.ws = nn.ParameterList(
            [nn.Parameter(torch.randn(4)) for _ in range(3)])


for model in (WithList(), WithParameterList()):
    print(f"{type(model).__name__}: parameters() yields",
          len(list(model.parameters())), "tensors")
assert len(list(WithList().parameters())) == 0
assert len(list(WithParameterList().parameters())) == 3

try:  # an optimizer needs something to optimize
    torch.optim.SGD(WithList().parameters(), lr=0.1)
except ValueError as e:
    print("SGD on WithList: ValueError:", e)
else:
    raise AssertionError("SGD on no parameters should raise ValueError")
