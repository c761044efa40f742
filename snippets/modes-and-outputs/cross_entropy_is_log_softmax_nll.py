import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)  # 4 samples, 3 classes: raw model outputs
target = torch.tensor([0, 2, 1, 2])  # class indices

ce = nn.CrossEntropyLoss()(logits, target)
nll = nn.NLLLoss()(torch.log_softmax(logits, dim=1), target)
by_hand = -torch.log_softmax(logits, dim=1)[range(4), target].mean()

print(f"CrossEntropyLoss(logits)       = {ce:.6f}")
print(f"NLLLoss(log_softmax(logits))   = {nll:.6f}")
print(f"-mean log p[target], by hand   = {by_hand:.6f}")
assert torch.allclose(ce, nll) and torch.allclose(ce, by_hand)
