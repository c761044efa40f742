import torch
from torch import nn

loss_fn = nn.CrossEntropyLoss()
target = torch.tensor([0])
for big in (2.0, 10.0, 100.0):  # ever more confident, correct answers
    logits = torch.tensor([[big, 0.0, 0.0]])
    right = loss_fn(logits, target)
    wrong = loss_fn(torch.softmax(logits, dim=1), target)  # softmax twice
    print(f"logit {big:5}: CE(logits) = {right:.5f}"
          f"   CE(softmax(logits)) = {wrong:.5f}")
    assert wrong > 0.55  # the wrong loss never gets near 0
