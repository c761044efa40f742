# bake: alone
import time

import torch

torch.manual_seed(0)
torch.set_num_threads(1)  # so thread_time() sees all the work


def race(*fns, reps=7):  # best CPU time of each, interleaved
    best = [float("inf")] * len(fns)
    for _ in range(reps):
        for k, f in enumerate(fns):
            t0 = time.thread_time()
            f()
            best[k] = min(best[k], time.thread_time() - t0)
    return best


def compare(n, size):  # time of list + cat / time of each pre-allocation
    x = torch.randn(n, size)

    def list_cat():  # each piece is a new tensor; cat copies them all
        return torch.cat([x[i] * 2 for i in range(n)])

    def prealloc_copy():  # each piece is a new tensor, copied into out
        out = torch.empty(n * size)
        for i in range(n):
            out[i * size:(i + 1) * size] = x[i] * 2
        return out

    def prealloc_out():  # out= writes each piece straight into its slot
        out = torch.empty(n * size)
        for i in range(n):
            torch.mul(x[i], 2, out=out[i * size:(i + 1) * size])
        return out

    assert torch.equal(list_cat(), prealloc_copy())
    assert torch.equal(list_cat(), prealloc_out())
    t_cat, t_copy, t_out = race(list_cat, prealloc_copy, prealloc_out)
    return t_cat / t_copy, t_cat / t_out


tiny_copy, tiny_out = compare(500, 16)  # many tiny pieces
large_copy, large_out = compare(8, 250_000)  # a few 1 MB pieces
tiny = max(tiny_copy, tiny_out)
checks = {  # ratios > 1: pre-allocation faster
    "500 tiny pieces, no 1.25x gain from pre-alloc": tiny < 1.25,
    "8 large pieces, copy-in within 2x of cat": 0.5 < large_copy < 2,
    "8 large pieces, out= over 1.2x faster": large_out > 1.2,
}
for claim, holds in checks.items():
    print(f"{claim:45}: {holds}")
assert all(checks.values()), checks
