import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)  # same "random" numbers on every run
print(torch.rand(2, 3))   # uniform on [0, 1)
print(torch.randn(2, 3))  # standard normal: mean 0, std 1

u = torch.rand(100_000)
n = torch.randn(100_000)
in_range = bool(((u >= 0) & (u < 1)).all())
print(f"rand : all in [0, 1): {in_range}   mean {u.mean():.2f}")
print(f"randn: mean {n.mean():+.3f}  std {n.std():.3f}")
# 100,000 draws: the sample mean and std are within 0.01 of 0 and 1
assert in_range and abs(u.mean() - 0.5) < 0.01
assert abs(n.mean()) < 0.01 and abs(n.std() - 1) < 0.01

# Seeding again replays the same numbers.
torch.manual_seed(0)
first = torch.rand(3)
torch.manual_seed(0)
assert torch.equal(first, torch.rand(3))

plt.figure(figsize=(6, 2.8))
opts = dict(bins=80, range=(-4, 4), density=True, alpha=0.7)
plt.hist(u, label="torch.rand", **opts)
plt.hist(n, label="torch.randn", **opts)
plt.legend()
plt.title("rand is flat between 0 and 1; randn is a bell curve around 0")
plt.show()
