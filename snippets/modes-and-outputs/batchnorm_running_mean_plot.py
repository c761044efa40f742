import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(1)
history = []
for step in range(80):
    if step == 50:
        bn.eval()  # from here on: running stats are used, not updated
    bn(5 + 2 * torch.randn(16, 1))  # batches with mean 5, std 2
    history.append(bn.running_mean.item())

print(f"after 50 train batches: {history[49]:.3f}")
print(f"after 30 eval batches:  {history[-1]:.3f}")
assert history[-1] == history[49]

plt.figure(figsize=(6, 3))
plt.plot(history, marker=".")
plt.axvline(49.5, color="gray", linestyle="--")
plt.axhline(5, color="k", linewidth=0.8)
plt.text(20, 2.5, "train()", ha="center")
plt.text(65, 2.5, "eval()", ha="center")
plt.xlabel("batch")
plt.ylabel("running_mean")
plt.title("BatchNorm running_mean: updated in train, frozen in eval")
plt.tight_layout()
plt.show()
