# bake: alone
import time

import torch

torch.set_num_threads(1)  # one thread: steadier CPU times
x = torch.ones(4)


def work():  # many tiny views, slices and small ops: per-op costs dominate
    y = x
    for _ in range(500):
        y = y.view(2, 2).view(4)[1:].add(1)
        y = torch.cat([y, x[:1]])


modes = {"no_grad": torch.no_grad, "inference_mode": torch.inference_mode}
best = dict.fromkeys(modes, float("inf"))
for _ in range(60):  # interleave the modes, keep each one's best
    for name, mode in modes.items():
        start = time.thread_time()
        with mode():
            work()
        best[name] = min(best[name], time.thread_time() - start)

faster = best["no_grad"] / best["inference_mode"] > 1.15
print("inference_mode over 15% faster than no_grad here:", faster)
assert faster  # margin: 1.35-1.5x measured on the machine that built this
