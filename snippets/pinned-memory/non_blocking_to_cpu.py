# bake: devices=cuda
import torch

MiB = 2**20
gpu = torch.ones(64 * MiB // 4, device="cuda")  # 64 MiB
torch.manual_seed(0)
a = torch.randn(3072, 3072, device="cuda")
out = torch.empty_like(a)

# Warm up: cuBLAS, and the pinned buffer PyTorch allocates (and then keeps
# cached) for a non-blocking copy to the CPU.
torch.matmul(a, a, out=out)
gpu.to("cpu", non_blocking=True)
torch.cuda.synchronize()

for _ in range(30):  # queue tens of milliseconds of GPU work first
    torch.matmul(a, a, out=out)
host = gpu.to("cpu", non_blocking=True)  # queued behind it; returns at once
done = torch.cuda.Event()
done.record()  # marks the point in the GPU's queue after the copy
print("destination is pinned  :", host.is_pinned())
finished_early = done.query()
print("copy finished already  :", finished_early)
done.synchronize()  # wait for the copy before reading host
all_ones = bool((host == 1).all())
print("after synchronize      :", done.query(), "| all ones:", all_ones)
assert host.is_pinned() and not finished_early
assert done.query() and all_ones
