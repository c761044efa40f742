import torch

x = torch.ones(2, 3)
w = torch.ones(2, 3)
try:
    x @ w  # (2, 3) @ (2, 3): inner sizes 3 and 2 differ
except RuntimeError as e:
    print("RuntimeError:", e)

print((x @ w.T).shape)  # (2, 3) @ (3, 2) -> (2, 2)

try:
    x.dot(x)  # dot is for 1-D tensors only
except RuntimeError as e:
    print("RuntimeError:", e)
