import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
X = torch.rand(200, 1) * 4 - 2  # 200 samples, 1 feature
y = 3 * X + 2 + 0.1 * torch.randn(200, 1)  # y = 3x + 2 + noise
loader = DataLoader(TensorDataset(X, y), batch_size=20, shuffle=True)

model = nn.Linear(1, 1)  # linear regression: 1 feature in, 1 value out
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
w, b = model.weight.item(), model.bias.item()
print(f"start:   weight={w:.2f}, bias={b:.2f}")

for epoch in range(20):
    for xb, yb in loader:  # one batch per step
        pred = model(xb)  # 1. forward
        loss = loss_fn(pred, yb)  # 2. loss
        optimizer.zero_grad()  # 3. clear old gradients
        loss.backward()  # 4. backward: fill .grad
        optimizer.step()  # 5. update the weights
    if epoch % 5 == 4:
        print(f"epoch {epoch + 1:2}: last batch loss {loss.item():.4f}")

w, b = model.weight.item(), model.bias.item()
print(f"learned: weight={w:.2f}, bias={b:.2f}   (true: 3, 2)")
assert abs(w - 3) < 0.05 and abs(b - 2) < 0.05

with torch.no_grad():
    final = loss_fn(model(X), y).item()
print(f"loss on all 200 points: {final:.4f}  (noise variance: 0.01)")
assert 0.005 < final < 0.02  # the noise no line can explain
