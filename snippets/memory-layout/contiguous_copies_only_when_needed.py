import torch

t = torch.arange(6).reshape(2, 3)
tt = t.T  # a view: same storage, strides swapped

print("t   stride", t.stride(), " contiguous:", t.is_contiguous())
print("t.T stride", tt.stride(), " contiguous:", tt.is_contiguous())

# .contiguous() returns the tensor itself when it already is contiguous ...
c = t.contiguous()
print("t.contiguous() is t:", c is t)

# ... and a fresh, row-major copy when it is not.
ct = tt.contiguous()
print("t.T.contiguous() same memory as t:", ct.data_ptr() == t.data_ptr())
print("its stride:", ct.stride(), " values equal:", torch.equal(ct, tt))

assert t.is_contiguous() and not tt.is_contiguous()
assert c is t
assert ct.is_contiguous() and torch.equal(ct, tt)
assert ct.data_ptr() != t.data_ptr()
