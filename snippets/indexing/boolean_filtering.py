import torch

t = torch.tensor([[3, -1, 4], [-1, 5, -9]])
mask = t > 0
print(mask)
picked = t[mask]   # a mask of t's full shape: a 1-D tensor
print(picked)
assert picked.tolist() == [3, 4, 5]

picked[0] = 100    # a copy: writing into it leaves t alone
assert t[0, 0] == 3

# A mask over the leading dims only keeps whole rows.
rows = t[torch.tensor([True, False])]
print("rows:", rows, tuple(rows.shape))
assert rows.shape == (1, 3)

t[t < 0] = 0       # but assigning through a mask writes into t
print(t)
assert (t >= 0).all()
