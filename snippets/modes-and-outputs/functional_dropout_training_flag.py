import torch
import torch.nn.functional as F
from torch import nn


class Net(nn.Module):
    def forward(self, x):
        a = F.dropout(x, p=0.5)  # training=True by default: always drops
        b = F.dropout(x, p=0.5, training=self.training)  # follows the mode
        return a, b


torch.manual_seed(0)
net = Net().eval()
a, b = net(torch.ones(6))
print("F.dropout(x)                        :", a)
print("F.dropout(x, training=self.training):", b)
assert torch.equal(b, torch.ones(6)) and not torch.equal(a, torch.ones(6))
