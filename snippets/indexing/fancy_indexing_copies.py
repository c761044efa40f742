import torch


def same_memory(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


t = torch.arange(12).view(3, 4)
rows = t[[2, 0]]                # rows 2 and 0, in that order
print(rows)
print(t[[0, 1, 2], [3, 2, 1]])  # pairs: (0,3), (1,2), (2,1)
assert t[[0, 1, 2], [3, 2, 1]].tolist() == [3, 6, 9]

rows[0, 0] = -1                 # integer-array indexing makes a copy
assert t[2, 0] == 8 and not same_memory(rows, t)

# The exception: a 0-d integer tensor indexes like a plain int (a view).
print("t[torch.tensor(1)] shares memory:", same_memory(t[torch.tensor(1)], t))
assert same_memory(t[torch.tensor(1)], t)

t[[0, 2], 0] = 100              # ... but assignment writes into t
print(t)
assert t[0, 0] == t[2, 0] == 100
