import textwrap

import torch

loss = torch.tensor(0.25)
value = loss.item()             # a plain Python number
print(value, type(value).__name__)
print(torch.tensor([[3]]).item())   # any tensor with ONE element works
flag = torch.tensor([True]).item()  # the Python type follows the dtype
print(flag, type(flag).__name__)
assert type(value) is float and type(flag) is bool
assert type(torch.tensor([[3]]).item()) is int
assert type(torch.tensor(1 + 2j).item()) is complex

try:
    torch.tensor([0.25, 0.5, 0.75]).item()
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))
else:
    raise AssertionError(".item() on 3 elements should have raised")
print(torch.tensor([0.25, 0.5]).tolist())  # for many: tolist()
