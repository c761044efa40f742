import matplotlib.pyplot as plt
import torch

t = torch.arange(1, 7).view(2, 3)
panels = {"t (2x3)": t, "t.view(3, 2)": t.view(3, 2), "t.T (3x2)": t.T}
# Read row by row: view keeps the stored order 1..6, .T does not.
assert t.view(3, 2).flatten().tolist() == [1, 2, 3, 4, 5, 6]
assert t.T.flatten().tolist() == [1, 4, 2, 5, 3, 6]

fig, axes = plt.subplots(1, 3, figsize=(6.4, 2.8))
for ax, (name, m) in zip(axes, panels.items(), strict=True):
    ax.imshow(m, cmap="Oranges", vmin=-3, vmax=9)
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            ax.text(j, i, m[i, j].item(), ha="center", va="center", size=14)
    ax.set_title(name)
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("view refills rows in order 1..6; .T turns rows into columns")
plt.tight_layout()
plt.show()
