import torch
from torch import nn

# 2 samples, 3 classes: raw scores (logits) straight from a model ...
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0]])
# ... and one class index per sample (int64): the usual target.
target = torch.tensor([0, 2])

loss = nn.CrossEntropyLoss()(logits, target)
print("CrossEntropyLoss:", loss)

# It applies log_softmax itself, picks the target's entry, averages -log p.
log_p = torch.log_softmax(logits, dim=1)
by_hand = -log_p[torch.arange(2), target].mean()
print("by hand         :", by_hand)
assert torch.allclose(loss, by_hand)
