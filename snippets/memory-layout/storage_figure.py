import matplotlib.pyplot as plt
import torch
from matplotlib.patches import Rectangle

t = torch.arange(6).reshape(2, 3)
tt = t.T
assert tt.untyped_storage().data_ptr() == t.untyped_storage().data_ptr()
colors = plt.cm.Set3(range(6))


def where(tensor, i, j):  # storage position of tensor[i, j]
    return tensor.storage_offset() + i * tensor.stride(0) \
        + j * tensor.stride(1)


def cell(ax, x, y, pos):
    ax.add_patch(Rectangle((x, y), 1, 1, fc=colors[pos], ec="black"))
    ax.text(x + 0.5, y + 0.5, str(pos), ha="center", va="center")


def grid(ax, x0, y0, tensor, label):
    rows, cols = tensor.shape
    for i in range(rows):
        for j in range(cols):
            cell(ax, x0 + j, y0 + rows - 1 - i, where(tensor, i, j))
    ax.text(x0 + cols + 0.3, y0 + rows / 2, label, va="center",
            fontsize=9)


def row(ax, y, order, label):
    for k, pos in enumerate(order):
        cell(ax, 2 + k, y, pos)
    ax.text(1.8, y + 0.5, label, ha="right", va="center", fontsize=9)


fig, ax = plt.subplots(figsize=(7, 5.2))
grid(ax, 0.5, 2.8, t, f"t\nstride {t.stride()}")
grid(ax, 6.0, 1.8, tt, f"t.T\nstride {tt.stride()}")
row(ax, 0, range(6), "storage\n(= t read row by row)")
walk = [where(tt, i, j) for i in range(3) for j in range(2)]
assert walk == [0, 3, 1, 4, 2, 5]  # t.T jumps around the storage
row(ax, -2.5, walk, "t.T read\nrow by row")
for k, pos in enumerate(walk):  # each element of t.T points into storage
    ax.annotate("", xy=(2.5 + pos, 0), xytext=(2.5 + k, -1.5),
                arrowprops={"arrowstyle": "->", "color": "0.3"})
ax.set_xlim(-1.5, 9.5)
ax.set_ylim(-2.8, 5.2)
ax.set_aspect("equal")
ax.axis("off")
ax.set_title("t and t.T: two views of the same 6 storage cells",
             fontsize=11)
plt.show()
