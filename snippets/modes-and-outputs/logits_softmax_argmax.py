import torch

# What a 3-class classifier's last nn.Linear returns for 2 samples:
logits = torch.tensor([[2.0, -1.0, 0.5],
                       [-0.3, 0.1, 3.2]])  # raw scores: any sign, any scale

probs = torch.softmax(logits, dim=1)  # per row: positive, sums to 1
print("probabilities:", probs, sep="\n")
print("row sums:", probs.sum(dim=1))

# softmax keeps the order, so the predicted class is the same:
print("argmax(logits):", logits.argmax(dim=1).tolist(),
      "| argmax(probs):", probs.argmax(dim=1).tolist())
assert torch.equal(logits.argmax(dim=1), probs.argmax(dim=1))
