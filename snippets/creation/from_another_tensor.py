import textwrap
import warnings

import numpy as np
import torch

labels = torch.tensor([3, 1, 2])   # int64, on the CPU

# *_like: same shape, dtype and device as the tensor you pass in.
zeros = torch.zeros_like(labels)
noise = torch.rand_like(labels, dtype=torch.float32)  # floats, not int64
print("zeros_like:", zeros, zeros.dtype)
print("rand_like :", noise.shape, noise.dtype)
assert zeros.dtype == labels.dtype and zeros.device == labels.device

# Every factory also takes device=: make the tensor where it is needed.
mask = torch.ones(3, dtype=torch.bool, device=labels.device)
assert mask.device == labels.device

# torch.tensor(a_tensor) copies, with a warning: say .clone() instead.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.tensor(labels)
print(textwrap.fill(f"UserWarning: {caught[0].message}", 79))
assert issubclass(caught[0].category, UserWarning)
copy = labels.clone()
assert torch.equal(copy, labels) and copy.data_ptr() != labels.data_ptr()

# torch.as_tensor copies only when it must.
arr = np.array([1.0, 2.0])
print("as_tensor(tensor) is the same tensor:",
      torch.as_tensor(labels) is labels)
assert torch.as_tensor(arr).data_ptr() == arr.ctypes.data  # shares
