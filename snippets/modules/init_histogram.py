import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(in_features=50, out_features=30)
w = layer.weight.detach().flatten()
bound = 1 / 50**0.5  # default init: uniform in [-1/sqrt(in), 1/sqrt(in)]

print(f"{w.numel()} weights, min {w.min():.4f}, max {w.max():.4f}")
print(f"bound 1/sqrt(50) = {bound:.4f}")
assert w.abs().max() <= bound

plt.figure(figsize=(6, 2.6))
plt.hist(w, bins=20, range=(-bound, bound), edgecolor="white")
for b in (-bound, bound):
    plt.axvline(b, color="k", linestyle="--", linewidth=1)
plt.xlabel("weight value")
plt.ylabel("count")
plt.title("nn.Linear(50, 30) weights: uniform in ±1/sqrt(50)")
plt.tight_layout()
plt.show()
