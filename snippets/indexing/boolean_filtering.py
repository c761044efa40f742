import torch

t = torch.tensor([[3, -1, 4], [-1, 5, -9]])
mask = t > 0
print(mask)
picked = t[mask]   # the elements where mask is True, as a 1-D tensor
print(picked)

picked[0] = 100    # a copy: writing into it leaves t alone
assert t[0, 0] == 3

t[t < 0] = 0       # but assigning through a mask writes into t
print(t)
