import torch

x = torch.tensor([[1], [2], [3]])
e = x.expand(3, 4)

# One element of e is one memory location shared by a whole row.
e[0, 0] = 100
print(e)
print("x after writing e[0, 0]:", x.flatten().tolist())
assert e[0].tolist() == [100] * 4 and e[1].tolist() == [2] * 4

# Writing one column writes every column (and x).
e[:, 1] = torch.tensor([7, 8, 9])
print(e)
assert x.flatten().tolist() == [7, 8, 9]
assert all(torch.equal(e[:, j], x[:, 0]) for j in range(4))
