import torch

t = torch.zeros(3, 4)
row = t[1]         # a view: no copy
col = t[:, 2]      # also a view, even with a stride
row += 1           # in-place writes go through to t
col.fill_(7)
print(t)
assert t[1, 0] == 1 and (t[:, 2] == 7).all()

safe = t[0].clone()  # clone() when you want an independent copy
safe += 100
assert t[0, 0] == 0
