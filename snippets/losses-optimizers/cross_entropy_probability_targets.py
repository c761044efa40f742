import textwrap

import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0]])
indices = torch.tensor([0, 2])
loss_fn = nn.CrossEntropyLoss()

one_hot = F.one_hot(indices, num_classes=3).float()  # float (N, C)
print("indices       :", loss_fn(logits, indices))
print("float one-hot :", loss_fn(logits, one_hot))  # the same loss
assert torch.allclose(loss_fn(logits, indices), loss_fn(logits, one_hot))

soft = torch.tensor([[0.9, 0.05, 0.05],  # soft labels: any
                     [0.1, 0.1, 0.8]])  # probabilities per row
print("soft labels   :", loss_fn(logits, soft))
assert torch.allclose(loss_fn(logits, soft),
                      -(soft * torch.log_softmax(logits, dim=1)).sum(1).mean())

# label_smoothing=0.1 is CE against (1 - 0.1) * one_hot + 0.1 / C
smoothed = nn.CrossEntropyLoss(label_smoothing=0.1)(logits, indices)
print("smoothing 0.1 :", smoothed)
assert torch.allclose(smoothed, loss_fn(logits, 0.9 * one_hot + 0.1 / 3))

try:  # an INTEGER one-hot is neither indices nor probabilities
    loss_fn(logits, F.one_hot(indices, num_classes=3))
except RuntimeError as e:
    print(textwrap.fill(f"int one-hot   : RuntimeError: {e}", 79))
else:
    raise AssertionError("an int64 one-hot target should raise")
