import torch

t = torch.arange(12).view(3, 4)
rows = t[[2, 0]]                # rows 2 and 0, in that order
print(rows)
print(t[[0, 1, 2], [3, 2, 1]])  # pairs: (0,3), (1,2), (2,1)

rows[0, 0] = -1                 # integer-array indexing makes a copy
assert t[2, 0] == 8

t[[0, 2], 0] = 100              # ... but assignment writes into t
print(t)
