import matplotlib.pyplot as plt

# Computed, not measured: the ideal schedule of the timing example above.
N, LOAD, STEP = 8, 80, 20  # 8 batches; ms to load one; ms per train step


def schedule(workers):
    """(lane, start, end) of each load and (start, end) of each step."""
    loads, steps, free, t = [], [], [0] * max(workers, 1), 0
    for i in range(N):
        if workers == 0:  # the main process loads, then steps
            loads.append((0, t, t + LOAD))
            t += LOAD
        else:  # worker i % workers loads batch i, as soon as it is free
            w = i % workers
            loads.append((w + 1, free[w], free[w] + LOAD))
            free[w] += LOAD
            t = max(t, free[w])  # the step waits until its batch is ready
        steps.append((t, t + STEP))
        t += STEP
    return loads, steps


ideal = {w: schedule(w)[1][-1][1] for w in (0, 2, 4)}  # epoch end, ms
assert ideal == {0: 800, 2: 360, 4: 240}

fig, axes = plt.subplots(3, 1, figsize=(7, 5), sharex=True,
                         gridspec_kw={"height_ratios": [1, 3, 5]})
for ax, workers in zip(axes, (0, 2, 4), strict=True):
    loads, steps = schedule(workers)
    for i, (lane, start, end) in enumerate(loads):
        ax.barh(lane, end - start, left=start, height=0.7, color="tab:blue",
                alpha=0.45, edgecolor="white")
        ax.text((start + end) / 2, lane, f"load {i}", ha="center",
                va="center", fontsize=7)
    for start, end in steps:
        ax.barh(0, end - start, left=start, height=0.7, color="tab:orange",
                edgecolor="white")
    lanes = ["main"] + [f"worker {w}" for w in range(workers)]
    ax.set_yticks(range(len(lanes)), lanes, fontsize=8)
    ax.set_ylim(len(lanes) - 0.5, -0.5)  # main on top
    epoch = steps[-1][1]
    ax.set_title(f"num_workers={workers}: epoch takes {epoch} ms", fontsize=9)
    print(f"num_workers={workers}: ideal epoch {epoch} ms "
          f"({N * (LOAD + STEP) / epoch:.1f}x the speed of 0 workers)")
axes[-1].set_xlabel("time (ms)    blue: loading a batch    orange: train step")
fig.suptitle("When each batch is loaded, and when training uses it")
fig.tight_layout()
plt.show()
