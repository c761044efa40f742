import textwrap

import torch


def same_memory(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


t = torch.arange(6).view(2, 3)
tt = t.T  # 3x2; no data moved, only the reading order changed
print("contiguous:", t.is_contiguous(), "->", tt.is_contiguous())
try:
    tt.view(6)  # would merge tt's two dims, not adjacent in memory
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))
else:
    raise AssertionError("tt.view(6) should have raised RuntimeError")

# A view that keeps tt's dims whole still works: adding a dim of size 1.
print("tt.view(3, 2, 1):", tuple(tt.view(3, 2, 1).shape))
assert same_memory(tt.view(3, 2, 1), t)

flat = tt.reshape(6)  # reshape copies when it has to
print(flat)
print("reshape after .T copied :", not same_memory(flat, t))
print("reshape of t copied     :", not same_memory(t.reshape(3, 2), t))
assert not same_memory(flat, t) and same_memory(t.reshape(3, 2), t)
assert torch.equal(flat, tt.contiguous().view(6))  # the explicit way
