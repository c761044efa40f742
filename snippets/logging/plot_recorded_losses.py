import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
X = torch.randn(300, 2)
y = (X[:, 0] * X[:, 1] > 0).long()  # XOR-like: needs a hidden layer
X_train, y_train, X_val, y_val = X[:240], y[:240], X[240:], y[240:]
model = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.05)

history = {"train": [], "val": []}  # plain lists are the whole "logger"
for _ in range(60):
    loss = F.cross_entropy(model(X_train), y_train)
    opt.zero_grad()
    loss.backward()
    opt.step()
    with torch.no_grad():
        val = F.cross_entropy(model(X_val), y_val)
    history["train"].append(loss.item())
    history["val"].append(val.item())

train, val = history["train"], history["val"]
print("final train / val loss:", round(train[-1], 3), round(val[-1], 3))
# Both fall and level off (the last 10 epochs move less than the first
# 10), and validation ends slightly above training.
for curve in (train, val):
    assert curve[-1] < curve[0] / 4
    assert abs(curve[-10] - curve[-1]) < abs(curve[0] - curve[9]) / 4
assert train[-1] < val[-1] < 2 * train[-1]
plt.figure(figsize=(6, 3))
for name, values in history.items():
    plt.plot(values, label=name)
plt.xlabel("epoch")
plt.ylabel("cross-entropy")
plt.legend()
plt.title("Loss curves from two Python lists")
plt.show()
