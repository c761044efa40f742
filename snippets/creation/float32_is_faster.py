# bake: alone
import time

import torch

torch.set_num_threads(1)  # one core for both, so the race is fair
torch.manual_seed(0)
a64 = torch.rand(384, 384, dtype=torch.float64)
a32 = a64.float()


def cpu_time(fn, repeats=7):  # best of several runs, in CPU seconds
    best = float("inf")
    for _ in range(repeats):
        start = time.thread_time()
        fn()
        best = min(best, time.thread_time() - start)
    return best


ratio = cpu_time(lambda: a64 @ a64) / cpu_time(lambda: a32 @ a32)
print("float32 matmul at least 1.3x faster than float64:", ratio > 1.3)
assert ratio > 1.3
