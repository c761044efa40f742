import torch

# Written with integers, so PyTorch makes an int64 tensor.
heights = torch.tensor([170, 182, 165])
try:
    heights.mean()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    heights.mul_(0.01)  # in place: the result must fit in int64
except RuntimeError as e:
    print("RuntimeError:", e)

# Saying what you mean avoids both.
heights = torch.tensor([170, 182, 165], dtype=torch.float32)
print(heights.mean())
print(heights.mul_(0.01))
