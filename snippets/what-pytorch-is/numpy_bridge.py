import numpy as np
import torch

a = np.array([[1.0, 2.0], [3.0, 4.0]])
t = torch.from_numpy(a)  # no copy: the tensor uses the array's memory

# The APIs look alike ...
print("numpy :", a.sum(axis=0), a.T.shape)
print("torch :", t.sum(dim=0), t.T.shape)
assert np.array_equal(t.sum(dim=0).numpy(), a.sum(axis=0))

# ... and the memory really is shared: a change through one shows in the
# other, because both read the same address.
t[0, 0] = 100.0
print("a[0, 0] after writing through t:", a[0, 0])
assert t.data_ptr() == a.ctypes.data and a[0, 0] == 100.0

# What ndarray lacks: a device, and gradient tracking.
print("device:", t.device, "| requires_grad:", t.requires_grad)
