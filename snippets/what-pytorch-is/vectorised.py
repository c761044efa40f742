# bake: alone
import time

import torch

torch.set_num_threads(1)  # one core for both, so the race is fair
numbers = [float(i) for i in range(100_000)]
x = torch.tensor(numbers)


def python_loop():  # one interpreted step per element
    total = 0.0
    for v in numbers:
        total += v * v
    return total


def vectorised():  # one call: the loop runs in compiled C++
    return (x * x).sum()


def cpu_time(fn, repeats=7):  # best of several runs, in CPU seconds
    best = float("inf")
    for _ in range(repeats):
        start = time.thread_time()
        fn()
        best = min(best, time.thread_time() - start)
    return best


# Same answer (float32 against Python's float64: equal to 1e-5) ...
same = abs(vectorised().item() / python_loop() - 1) < 1e-5
print("same sum of squares    :", same)
# ... much faster (the 10x threshold leaves a wide margin).
ratio = cpu_time(python_loop) / cpu_time(vectorised)
print("vectorised > 10x faster:", ratio > 10)
assert same and ratio > 10
