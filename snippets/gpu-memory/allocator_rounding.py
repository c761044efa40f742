# bake: devices=cuda
import os

import torch

MiB = 2**20
# The allocator's settings come from this variable (PYTORCH_CUDA_ALLOC_CONF
# is its older name); unset means the defaults.
conf = os.environ.get("PYTORCH_ALLOC_CONF") or os.environ.get(
    "PYTORCH_CUDA_ALLOC_CONF")
print("allocator:", torch.cuda.memory.get_allocator_backend(),
      "| settings:", conf or "defaults")

# Bytes requested: tiny, small, between 1 and 10 MiB, over 10 MiB.
sizes = [4, 1000, 3 * MiB, 12 * MiB + 4]
print(f"{'requested':>12} {'allocated':>12} {'reserved':>12}")
for n in sizes:
    torch.cuda.empty_cache()  # start each row from an empty cache
    a0 = torch.cuda.memory_allocated()
    r0 = torch.cuda.memory_reserved()
    t = torch.empty(n, dtype=torch.uint8, device="cuda")
    alloc = torch.cuda.memory_allocated() - a0
    reserved = torch.cuda.memory_reserved() - r0
    print(f"{n:>12,} {alloc:>12,} {reserved:>12,}")
    assert alloc % 512 == 0 and alloc >= n and reserved >= alloc
    del t
