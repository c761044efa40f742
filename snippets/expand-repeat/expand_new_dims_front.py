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

assert B.data_ptr() == A.data_ptr()
assert torch.equal(B[68, 48, 26], A)  # every front index shows all of A
