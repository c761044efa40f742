# bake: devices=cuda alone varies
import time

import torch

MiB = 2**20
pageable = torch.ones(64 * MiB // 4)  # 64 MiB of float32
pinned = pageable.pin_memory()
torch.manual_seed(0)
a = torch.randn(3072, 3072, device="cuda")
out = torch.empty_like(a)


def copy_behind_gpu_work(src):
    """Queue GPU work, then the copy: how long does the call itself take?"""
    torch.cuda.synchronize()
    for _ in range(30):  # tens of milliseconds of work for the GPU
        torch.matmul(a, a, out=out)
    t0 = time.perf_counter()
    dst = src.to("cuda", non_blocking=True)  # queued after the matmuls
    t_call = time.perf_counter() - t0
    busy = not torch.cuda.current_stream().query()  # work still pending?
    torch.cuda.synchronize()  # now wait for the matmuls and the copy
    t_total = time.perf_counter() - t0
    assert torch.equal(dst[:4].cpu(), src[:4])
    return t_call / t_total, busy


for src in (pageable, pinned):  # warm up: cuBLAS, allocator, staging
    copy_behind_gpu_work(src)
pageable_share, _ = copy_behind_gpu_work(pageable)
pinned_share, pinned_busy = copy_behind_gpu_work(pinned)
print("pageable: the call returned before the GPU was done:",
      pageable_share < 0.5)
print("pinned  : the call returned before the GPU was done:",
      pinned_share < 0.5)
assert pinned_busy and pinned_share < 0.5  # by construction, see page
