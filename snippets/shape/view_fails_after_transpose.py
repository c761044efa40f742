import torch


def same_memory(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()

t = torch.arange(6).view(2, 3)
tt = t.T  # 3x2; no data moved, only the reading order changed
print("contiguous:", t.is_contiguous(), "->", tt.is_contiguous())
try:
    tt.view(6)
except RuntimeError as e:
    print("RuntimeError:", e)

flat = tt.reshape(6)  # reshape copies when it has to
print(flat)
print("reshape after .T copied :", not same_memory(flat, t))
print("reshape of t copied     :", not same_memory(t.reshape(3, 2), t))
assert not same_memory(flat, t) and same_memory(t.reshape(3, 2), t)
assert torch.equal(flat, tt.contiguous().view(6))  # the explicit way
