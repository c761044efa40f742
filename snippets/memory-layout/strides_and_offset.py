import torch

t = torch.arange(12).reshape(3, 4)
print(t)
print("storage :", t.untyped_storage().nbytes() // t.element_size(),
      "elements, one flat block")
print("stride  :", t.stride())  # steps in storage for +1 along each dim

# Element [i, j] sits at storage_offset + i * stride[0] + j * stride[1].
i, j = 2, 1
pos = t.storage_offset() + i * t.stride(0) + j * t.stride(1)
print(f"t[{i}, {j}] lives at storage position {pos}")

# Slices are views: same storage, their own offset and stride.
row, col = t[1], t[:, 2]
print("t[1]    : offset", row.storage_offset(), "stride", row.stride())
print("t[:, 2] : offset", col.storage_offset(), "stride", col.stride())

assert t.stride() == (4, 1) and pos == 9
assert (row.storage_offset(), col.storage_offset()) == (4, 2)
assert col.stride() == (4,)
same = t.untyped_storage().data_ptr()
assert row.untyped_storage().data_ptr() == same
assert col.untyped_storage().data_ptr() == same
assert t.flatten()[pos] == t[i, j]
