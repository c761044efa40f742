import matplotlib.pyplot as plt
import torch
from matplotlib.patches import Rectangle

col = torch.tensor([[0], [10], [20]])  # shape (3, 1)
row = torch.tensor([[1, 2, 3, 4]])     # shape (1, 4)
out = col + row                        # shape (3, 4)
assert torch.equal(out, col.expand(3, 4) + row.expand(3, 4))
assert col.expand(3, 4).stride() == (1, 0)  # grey cells: no storage
panels = {"col: (3, 1)": col, "row: (1, 4)": row, "col + row: (3, 4)": out}

fig, axes = plt.subplots(1, 3, figsize=(7, 2.4))
for ax, (title, t) in zip(axes, panels.items(), strict=True):
    big = t.expand(3, 4)  # what broadcasting reads: repeats, not copies
    for i in range(3):
        for j in range(4):
            real = i < t.shape[0] and j < t.shape[1]  # stored, or a repeat?
            ax.add_patch(Rectangle((j, -i - 1), 1, 1, fill=real, fc="bisque",
                                   ec="black" if real else "silver",
                                   ls="-" if real else "--"))
            ax.text(j + 0.5, -i - 0.5, big[i, j].item(), ha="center",
                    va="center", color="black" if real else "grey")
    ax.set(title=title, xlim=(-0.1, 4.1), ylim=(-3.1, 0.1), aspect="equal")
    ax.axis("off")
fig.suptitle("Broadcasting: size-1 dims are repeated (grey) to match")
plt.tight_layout(w_pad=3)
for left, right, sign in [(axes[0], axes[1], "+"), (axes[1], axes[2], "=")]:
    x = (left.get_position().x1 + right.get_position().x0) / 2
    fig.text(x, 0.42, sign, size=18, ha="center", va="center")
plt.show()
