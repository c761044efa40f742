import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[5, 6], [7, 8]])
print("a * b\n", a * b)            # element-wise
print("a @ b\n", a @ b)            # matrix product: rows of a . columns of b
assert (a * b).tolist() == [[5, 12], [21, 32]]
assert (a @ b).tolist() == [[19, 22], [43, 50]]
assert torch.equal(a @ b, a.matmul(b)) and torch.equal(a @ b, a.mm(b))

u = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([4.0, 5.0, 6.0])
print("u.dot(v):", u.dot(v), "| u @ v:", u @ v)  # 1-D: the dot product
assert u.dot(v) == u @ v == 32
