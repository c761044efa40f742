import weakref

import matplotlib.pyplot as plt
import torch

n, size = 8, 250_000  # 8 pieces of 250,000 float32 = 1 MB each
MB = 1e6
alive = weakref.WeakSet()  # every big tensor made here and still alive
curve = []  # MB alive at each step


def track(t):
    alive.add(t)
    return t


def sample():  # bytes of the distinct storages still alive
    storages = {t.untyped_storage().data_ptr(): t.untyped_storage().nbytes()
                for t in alive}
    curve.append(sum(storages.values()) / MB)


def piece(i):  # stands for whatever produces one piece (a batch, a step)
    p = track(torch.full((size,), float(i)))
    sample()  # the moment a new piece exists: what else is alive?
    return p


def list_then_cat():
    pieces = []
    for i in range(n):
        pieces.append(piece(i))  # the list holds a reference, not a copy
    result = track(torch.cat(pieces))  # a new block; pieces still alive
    sample()
    return result  # the pieces die with the list, on return


def preallocated(del_p):
    out = track(torch.empty(n * size))
    for i in range(n):
        p = piece(i)  # without `del p`, the old piece lives until here
        out[i * size:(i + 1) * size] = p
        if del_p:
            del p
    sample()
    return out


curves = {}
for name, run in [("list + cat", list_then_cat),
                  ("pre-allocated", lambda: preallocated(False)),
                  ("pre-allocated, del p", lambda: preallocated(True))]:
    curve.clear()
    result = run()
    sample()
    curves[name] = list(curve)
    del result
    print(f"peak, {name:21}: {max(curve):.0f} MB")

# Appending adds nothing: after k pieces the list route holds k MB.
assert curves["list + cat"][:n] == [k + 1 for k in range(n)]
assert max(curves["list + cat"]) == 16  # pieces + result: 2x the data
assert max(curves["pre-allocated"]) == 10  # result + old p + new p
assert max(curves["pre-allocated, del p"]) == 9  # result + one piece

steps = range(1, n + 3)
plt.figure(figsize=(7, 3.4))
styles = ["-", "-", "--"]
for (name, c), style in zip(curves.items(), styles, strict=True):
    plt.step(steps, c, where="mid", linestyle=style, label=name)
plt.xticks(steps, [str(i) for i in range(1, n + 1)] + ["done", "ret."])
plt.xlabel("pieces made so far; result complete; function returned")
plt.ylabel("MB alive")
plt.ylim(0, 19)
plt.legend(loc="upper left", fontsize=8)
plt.title("Memory alive: list + torch.cat vs pre-allocation")
plt.tight_layout()
plt.show()
