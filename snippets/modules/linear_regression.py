import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(in_features=1, out_features=1)  # the whole model
for name, p in model.named_parameters():
    print(f"{name:6} shape {str(tuple(p.shape)):6}  value {p.item():+.4f}")

# One feature in, one value out: y = w * x + b, with no activation.
x = torch.tensor([[0.0], [1.0], [2.0]])
w, b = model.weight.item(), model.bias.item()
print("model(x):  ", model(x).detach().flatten())
print("w * x + b: ", (w * x + b).flatten())
assert torch.allclose(model(x), w * x + b)
assert sum(p.numel() for p in model.parameters()) == 2
