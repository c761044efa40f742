import torch

x = torch.tensor([[1], [2], [3]])  # shape (3, 1)
e = x.expand(3, 4)  # stretch the size-1 dimension to 4
print(e)
print("shape", tuple(x.shape), "stride", x.stride(), "->",
      "shape", tuple(e.shape), "stride", e.stride())

# Stride 0: moving along dim 1 does not move in memory. Nothing is copied.
print("same memory as x:", e.data_ptr() == x.data_ptr())
print("elements:", e.numel(), "| bytes of storage:",
      e.untyped_storage().nbytes())

assert e.stride(1) == 0 and e.data_ptr() == x.data_ptr()
assert e.numel() == 12 and e.untyped_storage().nbytes() == 24
