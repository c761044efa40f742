import torch

t = torch.arange(8.0).reshape(2, 4)
left, right = t.split(2, dim=1)
bottom = t.unbind(0)[1]

# No data is copied: every piece reads t's storage ...
same = t.untyped_storage().data_ptr()
for name, p in [("left", left), ("right", right), ("bottom", bottom)]:
    print(f"{name:6} offset {p.storage_offset()} stride {p.stride()}"
          f"  shares t's memory: {p.untyped_storage().data_ptr() == same}")

# ... so writing into a piece writes into t.
right[0, 0] = 100.0
print(t)

# Column blocks are views, but not contiguous ones.
print("left.is_contiguous():", left.is_contiguous())
assert t[0, 2] == 100.0
