import torch

t = torch.zeros(3)
print("fresh       :", t._version)
t.add_(1)          # trailing underscore: in place
t[0] = 5.0         # item assignment is in place too
t *= 2             # so is an augmented assignment on a tensor
print("3 in-place  :", t._version)
u = t + 1          # out of place: a new tensor, t untouched
print("out-of-place:", t._version, "| new tensor:", u._version)
assert t._version == 3 and u._version == 0
