import torch

# Every tensor's data lives in ONE contiguous block: its storage.
x = torch.arange(12.0).reshape(3, 4)
print("x storage:", x.untyped_storage().nbytes(), "bytes for",
      x.numel(), "float32 values")
assert x.untyped_storage().nbytes() == x.numel() * 4

# A strided view (here, one column) reuses the block; no new memory.
col = x[:, 1]
same = col.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()
print("column view is contiguous:", col.is_contiguous(),
      "| shares x's block:", same)
assert same and not col.is_contiguous()

# torch.cat must find one NEW block big enough for all its inputs.
a, b = torch.ones(1000), torch.ones(1000)
c = torch.cat([a, b])
new_block = c.data_ptr() not in (a.data_ptr(), b.data_ptr())
print("cat result:", c.untyped_storage().nbytes(), "bytes, new block:",
      new_block)
assert new_block and c.untyped_storage().nbytes() == 8000

# Mostly-zero data in a dense tensor still costs every byte;
# a sparse layout stores only the non-zeros and their indices.
d = torch.zeros(1000, 1000)
d[0, :5] = 1.0
s = d.to_sparse()
sparse_bytes = s.indices().nbytes + s.values().nbytes
print("dense :", d.untyped_storage().nbytes(), "bytes")
print("sparse:", sparse_bytes, "bytes |", s.layout)
assert d.untyped_storage().nbytes() == 4_000_000 and sparse_bytes < 1000
