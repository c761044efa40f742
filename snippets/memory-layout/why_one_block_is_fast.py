# bake: alone
import sys
import time

import torch

torch.set_num_threads(1)  # one core each: the layout, not parallelism
n = 1_000_000
t = torch.rand(n, generator=torch.Generator().manual_seed(0))
values = t.tolist()  # the same numbers as a list of Python floats

# Memory: a list holds a pointer per element, each to a float object.
list_bytes = sys.getsizeof(values) + sum(map(sys.getsizeof, values))
print(f"bytes per number: list {list_bytes / n:.0f}, "
      f"tensor {t.element_size()}")


def best(f, reps=5):  # best CPU time of f
    b = float("inf")
    for _ in range(reps):
        t0 = time.thread_time()
        f()
        b = min(b, time.thread_time() - t0)
    return b


# Both sums are a loop in C; one visits a million objects, the other
# streams a flat block of float32.
ratio = best(lambda: sum(values)) / best(lambda: t.sum())
print("t.sum() over 10x faster than sum(list):", ratio > 10)
assert ratio > 10
assert abs(sum(values) - t.sum().item()) < 1
