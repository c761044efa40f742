import torch

batch = torch.zeros(4, 3)
bias = torch.tensor([[0.1, 0.2, 0.3]])  # shape (1, 3)

b = bias.expand_as(batch)  # same as bias.expand(batch.shape)
print(tuple(b.shape), b.stride())
print(b)
assert b.shape == batch.shape and b.stride() == (0, 1)
assert b.data_ptr() == bias.data_ptr()
