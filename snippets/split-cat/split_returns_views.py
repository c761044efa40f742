import torch

t = torch.arange(8.0).reshape(2, 4)
left, right = t.split(2, dim=1)
first = t.chunk(2, dim=1)[0]
bottom = t.unbind(0)[1]

# No data is copied: every piece reads t's storage ...
same = t.untyped_storage().data_ptr()
pieces = {"left": left, "right": right, "first": first, "bottom": bottom}
for name, p in pieces.items():
    shares = p.untyped_storage().data_ptr() == same
    print(f"{name:6} offset {p.storage_offset()} stride {p.stride()}"
          f"  shares t's memory: {shares}")
    assert shares

# ... so writing into a piece writes into t.
right[0, 0] = 100.0
print(t)
assert t[0, 2] == 100.0

# Column blocks are views, but not contiguous ones.
print("left.is_contiguous():", left.is_contiguous())
assert not left.is_contiguous()
