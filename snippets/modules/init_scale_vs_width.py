import torch
from torch import nn

torch.manual_seed(0)
print("in_features  default init  fixed U(-0.1, 0.1)")
for width in (50, 500, 5000):
    x = torch.randn(1000, width)  # inputs with std 1
    layer = nn.Linear(width, 100)  # default: bound 1/sqrt(width)
    default_std = layer(x).std().item()
    nn.init.uniform_(layer.weight, -0.1, 0.1)  # same bound at every width
    fixed_std = layer(x).std().item()
    print(f"{width:11}  {default_std:12.2f}  {fixed_std:18.2f}")
    assert 0.5 < default_std < 0.65  # about 1/sqrt(3), whatever the width
    assert abs(fixed_std / (0.1 * (width / 3) ** 0.5) - 1) < 0.1  # grows
