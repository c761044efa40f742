import torch

# torch.tensor copies Python data (numbers, nested lists) into a new tensor.
scalar = torch.tensor(7)
row = torch.tensor([1.5, 2.0, 3.25])
table = torch.tensor([[1, 2, 3], [4, 5, 6]])

for name, t in [("scalar", scalar), ("row", row), ("table", table)]:
    print(f"{name:6} shape={tuple(t.shape)!s:7} dtype={t.dtype}")
print(table)
assert scalar.dtype == table.dtype == torch.int64
assert row.dtype == torch.float32

# Nested lists must be rectangular: every row the same length.
try:
    torch.tensor([[1, 2, 3], [4, 5]])
except ValueError as e:
    print("ValueError:", e)
else:
    raise AssertionError("a ragged list should have raised ValueError")
