import torch

loss = torch.tensor(0.25)
value = loss.item()             # a plain Python number
print(value, type(value).__name__)
print(torch.tensor([[3]]).item())   # any tensor with ONE element works

try:
    torch.tensor([0.25, 0.5, 0.75]).item()
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([0.25, 0.5]).tolist())  # for many: tolist()
