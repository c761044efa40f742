# bake: devices=cuda
import time

import torch

MiB = 2**20
pageable = torch.ones(256 * MiB // 4)  # 256 MiB of float32
pinned = pageable.pin_memory()
for src in (pageable, pinned):  # warm up: allocator, driver, staging
    src.to("cuda")
torch.cuda.synchronize()


def share_spent_in_call(src):
    """How much of the whole copy the Python call itself waited for."""
    torch.cuda.synchronize()
    t0 = time.perf_counter()
    dst = src.to("cuda", non_blocking=True)
    t_call = time.perf_counter() - t0
    torch.cuda.synchronize()  # now wait until the copy has landed
    t_total = time.perf_counter() - t0
    assert torch.equal(dst[:4].cpu(), src[:4])
    return t_call / t_total


pageable_share = share_spent_in_call(pageable)
pinned_share = share_spent_in_call(pinned)
print("pageable: the call waited for most of the copy:", pageable_share > 0.5)
print("pinned  : the call returned before half of it :", pinned_share < 0.5)
assert pinned_share < 0.5 < pageable_share
