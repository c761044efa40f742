import numpy as np
import torch

a = np.zeros(3)
shared = torch.from_numpy(a)  # no copy: same memory as `a`
copied = torch.tensor(a)      # a copy with its own memory

a[0] = 5.0  # write through NumPy ...
print("from_numpy  :", shared)
print("torch.tensor:", copied)
assert shared[0] == 5 and copied[0] == 0
assert shared.data_ptr() == a.ctypes.data != copied.data_ptr()

# .numpy() shares memory the other way round.
t = torch.ones(3)
b = t.numpy()
t.mul_(2)  # change the tensor in place ...
print("b after t.mul_(2):", b)
assert b.ctypes.data == t.data_ptr() and b[0] == 2
