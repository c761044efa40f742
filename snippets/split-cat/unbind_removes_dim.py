import torch

m = torch.arange(6).reshape(2, 3)
print(m)

rows = torch.unbind(m)  # dim=0: a tuple of rows, dim 0 removed
cols = torch.unbind(m, dim=1)  # a tuple of columns
print("rows:", rows)
print("cols:", cols)
print("shapes:", tuple(rows[0].shape), tuple(cols[0].shape))

assert rows[0].shape == (3,) and cols[0].shape == (2,)

# Same as indexing each position, but in one call.
assert all(torch.equal(r, m[i]) for i, r in enumerate(rows))
