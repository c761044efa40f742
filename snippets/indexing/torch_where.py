import torch

x = torch.tensor([-2.0, -0.5, 0.0, 1.5, 3.0])
# where(condition, a, b): a where True, b where False, element by element.
print(torch.where(x > 0, x, 0.0))   # keeps the shape: a ReLU
print(torch.where(x > 0, 1, -1))    # scalars broadcast too
assert torch.equal(torch.where(x > 0, x, 0.0), torch.relu(x))

# With only a condition, it returns the indices where it holds.
print(torch.where(x > 0))
assert torch.where(x > 0)[0].tolist() == [3, 4]
