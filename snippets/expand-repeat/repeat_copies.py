import torch

x = torch.tensor([[1], [2], [3]])
e = x.expand(3, 4)  # view
r = x.repeat(1, 4)  # copy: tile x once along dim 0, 4 times along dim 1

print("equal values:", torch.equal(e, r))
print("expand stride", e.stride(), "| repeat stride", r.stride())
print("repeat shares x's memory:", r.data_ptr() == x.data_ptr())
assert torch.equal(e, r) and r.data_ptr() != x.data_ptr()

r[0, 0] = 100  # independent elements
print(r)
print("x:", x.flatten().tolist())
assert x[0, 0] == 1 and r[0, 1] == 1
