import torch

x = torch.tensor([1.0, 4.0, 7.0])
try:
    (x >= 2) and (x <= 6)  # Python's `and` wants ONE True/False
except RuntimeError as e:
    print("RuntimeError:", e)
print("&:", (x >= 2) & (x <= 6))   # element-wise and
print("|:", (x < 2) | (x > 6))     # element-wise or
print("~:", ~(x > 6))              # element-wise not
