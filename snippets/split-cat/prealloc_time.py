import time

import torch

torch.set_num_threads(1)  # so thread_time() sees all the work


def race(f, g, reps=5):  # best CPU time of f / best CPU time of g
    tf = tg = float("inf")
    for _ in range(reps):
        t0 = time.thread_time()
        f()
        tf = min(tf, time.thread_time() - t0)
        t0 = time.thread_time()
        g()
        tg = min(tg, time.thread_time() - t0)
    return tf / tg


def compare(n, size):
    x = torch.randn(n, size)

    def list_cat():
        pieces = []
        for i in range(n):
            pieces.append(x[i] * 2)
        return torch.cat(pieces)

    def preallocated():
        out = torch.empty(n, size)
        for i in range(n):
            torch.mul(x[i], 2, out=out[i])  # written straight into out
        return out

    assert torch.equal(list_cat().view(n, size), preallocated())
    return race(list_cat, preallocated)  # > 1: pre-allocation faster


small = compare(500, 16)  # many tiny pieces
large = compare(8, 250_000)  # a few 1 MB pieces
print("500 tiny pieces, within 2x of each other:", 0.5 < small < 2)
print("8 large pieces, pre-allocation faster   :", large > 1)
