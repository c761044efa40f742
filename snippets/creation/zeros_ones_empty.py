import torch

z = torch.zeros(2, 3)
o = torch.ones(2, 3, dtype=torch.int64)
f = torch.full((2, 3), 7.5)  # any constant
print(z, o, f, sep="\n")
assert (z == 0).all() and (o == 1).all() and (f == 7.5).all()

# empty only reserves memory: its values are whatever bytes were there.
e = torch.empty(2, 3)
print("empty:", tuple(e.shape), e.dtype, "(values: arbitrary, not shown)")

# Use it when every element is about to be overwritten anyway.
e.fill_(0.0)  # or e.copy_(...), e.uniform_(), ...
assert (e == 0).all()

# Deterministic mode makes "uninitialised" visible: PyTorch fills the
# memory of empty with NaN (the largest value, for integer dtypes).
torch.use_deterministic_algorithms(True)
shown = torch.empty(3)
print("empty(3), deterministic mode:", shown)
assert shown.isnan().all()
largest = torch.iinfo(torch.int64).max
assert (torch.empty(2, dtype=torch.int64) == largest).all()
