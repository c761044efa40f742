import torch

a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
b = torch.tensor([[10.0, 20.0], [30.0, 40.0]])
print("a + b :", (a + b).tolist())
print("b - a :", (b - a).tolist())
print("a * b :", (a * b).tolist())   # element by element, NOT a matrix product
print("b / a :", (b / a).tolist())
print("a ** 2:", (a**2).tolist())
assert (a * b).tolist() == [[10.0, 40.0], [90.0, 160.0]]
assert torch.equal(a * b, torch.mul(a, b))  # each operator has a function
