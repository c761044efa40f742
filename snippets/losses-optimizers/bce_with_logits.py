import torch
from torch import nn

# 2 samples, 3 independent yes/no labels each (multi-label):
logits = torch.tensor([[1.5, -0.5, 0.0],
                       [-2.0, 3.0, 0.5]])
target = torch.tensor([[1.0, 0.0, 1.0],  # float, same shape as logits
                       [0.0, 1.0, 0.0]])

loss = nn.BCEWithLogitsLoss()(logits, target)
p = torch.sigmoid(logits)  # one probability per label, rows need not sum to 1
by_hand = -(target * p.log() + (1 - target) * (1 - p).log()).mean()
print("BCEWithLogitsLoss:", loss)
print("by hand          :", by_hand)
assert torch.allclose(loss, by_hand)

# With the sigmoid inside, a huge wrong logit still gets its true loss;
# sigmoid + BCELoss rounds to 1.0 and BCELoss caps log(0) at -100.
big, zero = torch.tensor([200.0]), torch.tensor([0.0])
fused = nn.BCEWithLogitsLoss()(big, zero)
split = nn.BCELoss()(torch.sigmoid(big), zero)
print("logit 200, target 0: BCEWithLogitsLoss", fused.item(),
      "| sigmoid + BCELoss", split.item())
assert fused.item() == 200.0 and split.item() == 100.0
