import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
X = torch.rand(40, 1) * 4  # 40 samples, 1 feature
y = 3 * X + 2 + 0.5 * torch.randn(40, 1)  # true line: y = 3x + 2

model = nn.Linear(in_features=1, out_features=1)  # the whole model
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for _ in range(500):
    loss = nn.functional.mse_loss(model(X), y)
    opt.zero_grad()
    loss.backward()
    opt.step()

w, b = model.weight.item(), model.bias.item()
print(f"learned y = {w:.2f} x + {b:.2f}   (true: 3x + 2)")
assert abs(w - 3) < 0.3 and abs(b - 2) < 0.5

xs = torch.linspace(0, 4, 2).unsqueeze(1)
plt.figure(figsize=(6, 3))
plt.scatter(X, y, s=12, label="data")
plt.plot(xs, model(xs).detach(), "r", label=f"model: {w:.2f}x + {b:.2f}")
plt.xlabel("x")
plt.ylabel("y")
plt.legend()
plt.title("Linear regression is one nn.Linear(1, 1)")
plt.show()
