import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(in_features=4, out_features=3)

# weight is stored as (out_features, in_features), hence the transpose
print("weight:", tuple(layer.weight.shape), " bias:", tuple(layer.bias.shape))

x = torch.randn(2, 4)  # batch of 2 samples, 4 features each
by_hand = x @ layer.weight.T + layer.bias
print("layer(x) shape:", tuple(layer(x).shape))
print("equals x @ W.T + b:", torch.allclose(layer(x), by_hand))
assert torch.allclose(layer(x), by_hand)

# Only the last dimension must be in_features; leading ones are kept.
out = layer(torch.randn(5, 7, 4))
print("(5, 7, 4) ->", tuple(out.shape))
assert out.shape == (5, 7, 3)
