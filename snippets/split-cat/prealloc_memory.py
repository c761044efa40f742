import matplotlib.pyplot as plt
import torch

n, size = 8, 250_000  # 8 pieces of 250,000 float32 = 1 MB each
MB = 1e6


def piece(i):  # stands for whatever produces one piece (a batch, a step)
    return torch.full((size,), float(i))


def held(*tensors):  # bytes of the distinct storages these tensors use
    storages = {t.untyped_storage().data_ptr(): t.untyped_storage().nbytes()
                for t in tensors}
    return sum(storages.values())


# 1) Append to a list, then cat.
pieces, cat_mem = [], []
for i in range(n):
    pieces.append(piece(i))
    cat_mem.append(held(*pieces))
result = torch.cat(pieces)  # a new block; the pieces are still alive
cat_mem.append(held(*pieces, result))
del pieces
cat_mem.append(held(result))

# 2) Pre-allocate the result, write each piece into its slot.
out, pre_mem = torch.empty(n * size), []
for i in range(n):
    p = piece(i)
    out[i * size:(i + 1) * size] = p  # copy into out; p is freed next
    pre_mem.append(held(out, p))
pre_mem += [held(out), held(out)]

assert torch.equal(result, out)
print(f"data: {out.nbytes / MB:.0f} MB")
print(f"peak, list + cat   : {max(cat_mem) / MB:.0f} MB")
print(f"peak, pre-allocated: {max(pre_mem) / MB:.0f} MB")

steps = range(1, n + 3)
plt.figure(figsize=(6, 3))
plt.step(steps, [m / MB for m in cat_mem], where="mid", label="list + cat")
plt.step(steps, [m / MB for m in pre_mem], where="mid",
         label="pre-allocated")
plt.xticks(steps, [str(i) for i in range(1, n + 1)] + ["cat", "del"])
plt.xlabel("pieces made so far, then torch.cat, then del pieces")
plt.ylabel("MB held")
plt.ylim(0, 19)
plt.annotate("pieces + result", xy=(n + 1, max(cat_mem) / MB),
             xytext=(n - 3, 16), arrowprops={"arrowstyle": "->"})
plt.legend(loc="upper left")
plt.title("Memory held: list + torch.cat vs pre-allocation")
plt.show()
