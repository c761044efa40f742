import torch

# A tensor can have any number of dimensions, including 0, 1 and 2.
scalar = torch.tensor(3.14)
vector = torch.tensor([1.0, 2.0, 3.0])
matrix = torch.tensor([[1, 2], [3, 4]])
cube = torch.zeros(2, 3, 4)

named = {"scalar": scalar, "vector": vector, "matrix": matrix, "cube": cube}
for name, t in named.items():
    print(f"{name:6}  ndim={t.ndim}  shape={tuple(t.shape)}")

assert [t.ndim for t in named.values()] == [0, 1, 2, 3]
assert scalar.shape == ()  # zero dimensions: an empty shape
