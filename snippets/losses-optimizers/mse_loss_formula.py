import torch
from torch import nn

y = torch.tensor([2.5, 0.0, 2.0, 8.0])  # predictions
t = torch.tensor([3.0, -0.5, 2.0, 7.0])  # targets

loss = nn.MSELoss()(y, t)  # default reduction="mean"
by_hand = ((y - t) ** 2).mean()  # (0.25 + 0.25 + 0 + 1) / 4
print("nn.MSELoss()      :", loss)
print("mean((y - t) ** 2):", by_hand)
assert torch.equal(loss, by_hand)

# Other reductions: the sum, or one value per element.
total = nn.MSELoss(reduction="sum")(y, t)
each = nn.MSELoss(reduction="none")(y, t)
print("reduction='sum'   :", total)
print("reduction='none'  :", each)
assert torch.equal(total, ((y - t) ** 2).sum())
assert torch.equal(each, (y - t) ** 2)
