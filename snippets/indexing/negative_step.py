import torch

t = torch.arange(5)
try:
    t[::-1]  # fine in NumPy and for Python lists
except ValueError as e:
    print("ValueError:", e)
print(t.flip(0))  # reversing is a separate function (it copies)
