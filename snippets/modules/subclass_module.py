import torch
from torch import nn


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()  # always first: sets up the Module machinery
        # __init__ builds the layers (and so creates their parameters) once.
        self.hidden = nn.Linear(4, 8)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        # forward says how an input flows through them, on every call.
        return self.out(torch.relu(self.hidden(x)))


torch.manual_seed(0)
model = TinyNet()
x = torch.randn(3, 4)  # a batch of 3 samples with 4 features each
y = model(x)  # call the model; PyTorch runs forward for you
print(y)
assert y.shape == (3, 2)  # one row per sample, one column per output
assert y.grad_fn.name() == "AddmmBackward0"  # the name in torch 2.13
