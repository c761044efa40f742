# bake: devices=cpu,cuda
import torch

MiB = 2**20

if not torch.cuda.is_available():
    # Both counters cover CUDA memory only; without CUDA they read 0, so
    # logging code that prints them still runs on any machine.
    alloc = torch.cuda.memory_allocated()
    reserved = torch.cuda.memory_reserved()
    print("no CUDA here: allocated", alloc, "| reserved", reserved)
    assert alloc == reserved == 0
else:
    torch.cuda.empty_cache()
    base = torch.cuda.memory_allocated(), torch.cuda.memory_reserved()

    def show(step):
        alloc = torch.cuda.memory_allocated() - base[0]
        reserved = torch.cuda.memory_reserved() - base[1]
        print(f"{step:10} allocated {alloc / MiB:5.1f} MiB"
              f" | reserved {reserved / MiB:5.1f} MiB")
        return alloc, reserved

    x = torch.empty(64 * MiB, dtype=torch.uint8, device="cuda")  # 64 MiB
    made = show("x created")
    del x  # last reference gone: the block goes back to PyTorch's cache
    freed = show("del x")
    y = torch.empty(64 * MiB, dtype=torch.uint8, device="cuda")
    reused = show("y created")

    assert made[0] >= 64 * MiB and made[1] >= made[0]
    assert freed == (0, made[1])  # allocated back down, reserved kept
    assert reused[1] == made[1]  # y reused the cached block
