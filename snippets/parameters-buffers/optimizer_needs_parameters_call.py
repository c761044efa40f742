import torch
from torch import nn

model = nn.Linear(4, 1)

try:
    torch.optim.SGD(model.parameters, lr=0.01)  # the method itself
except TypeError as e:
    print("TypeError:", e)
else:
    raise AssertionError("SGD(model.parameters) should raise TypeError")

optimizer = torch.optim.SGD(model.parameters(), lr=0.01)  # call it
held = optimizer.param_groups[0]["params"]
print("optimizer holds", len(held), "tensors,",
      sum(p.numel() for p in held), "numbers")
# The very tensors of the model, not copies: step() updates the model.
print("same tensor objects as the model's:",
      held[0] is model.weight and held[1] is model.bias)
assert held[0] is model.weight and held[1] is model.bias
