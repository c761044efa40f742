import torch

# arange(start, end, step): like Python's range, the end is excluded ...
print(torch.arange(5))
print(torch.arange(2, 11, 3))
print(torch.arange(0, 1, 0.25))  # a float step gives a float tensor
assert torch.arange(5).tolist() == [0, 1, 2, 3, 4]
assert torch.arange(0, 1, 0.25).dtype == torch.float32

# ... except when a float step's rounding error lets it slip in:
slipped = torch.arange(1, 1.3, 0.1)
print(slipped)
assert len(slipped) == 4  # 1.3 was supposed to be excluded

# linspace(start, end, steps): `steps` evenly spaced points, end included.
print(torch.linspace(0, 1, steps=5))
print(torch.linspace(1, 1.2, steps=3))
assert len(torch.linspace(1, 1.2, steps=3)) == 3
assert torch.linspace(0, 1, steps=5)[-1] == 1
