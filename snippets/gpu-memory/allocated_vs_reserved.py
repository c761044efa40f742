# bake: devices=cpu,cuda
import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
MiB = 2**20


def show(step):
    # Both counters cover CUDA memory only: on a CPU they stay at 0.
    alloc = torch.cuda.memory_allocated() // MiB
    reserved = torch.cuda.memory_reserved() // MiB
    print(f"{step:10} allocated {alloc:3} MiB | reserved {reserved:3} MiB")
    return alloc, reserved


show("start")
x = torch.empty(64 * MiB, dtype=torch.uint8, device=device)
print("x needs", x.untyped_storage().nbytes() // MiB, "MiB on", x.device)
made = show("x created")
del x  # last reference gone: the block goes back to PyTorch's cache
freed = show("del x")
y = torch.empty(64 * MiB, dtype=torch.uint8, device=device)
reused = show("y created")

if device.type == "cuda":
    assert freed[0] == made[0] - 64 and freed[1] == made[1]
    assert reused[1] == made[1]  # y reused the cached block
