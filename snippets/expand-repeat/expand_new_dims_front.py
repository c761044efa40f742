import textwrap

import torch

A = torch.arange(80).reshape(2, 2, 2, 10, 1, 1)
B = A.expand(69, 49, 27, -1, -1, -1, -1, -1, -1)  # 3 new dims, in front

print("shape :", tuple(B.shape))
print("stride:", B.stride())  # new front dims have stride 0
print(f"elements        : {B.numel():,}")
print(f"bytes of storage: {B.untyped_storage().nbytes():,}")
print(f"bytes if copied : {B.numel() * B.element_size():,}")

# -1 means "keep the size", so a new dimension cannot use it.
try:
    A.expand(-1, 2, 2, 2, 10, 1, 1)
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))
else:
    raise AssertionError("-1 for a new dimension should have raised")

assert B.data_ptr() == A.data_ptr() and B.stride()[:3] == (0, 0, 0)
assert B.untyped_storage().nbytes() == A.nbytes == 640
assert torch.equal(B[68, 48, 26], A)  # every front index shows all of A
