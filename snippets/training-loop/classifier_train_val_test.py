# bake: devices=cpu,cuda
import copy

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
torch.manual_seed(0)
X = torch.randn(1500, 50)  # 1500 samples, 50 features
y = (X @ torch.randn(50, 3)).argmax(dim=1)  # 3 classes from a teacher
noisy = torch.rand(1500) < 0.2  # 20% of the labels are wrong, as in
y[noisy] = torch.randint(0, 3, (int(noisy.sum()),))  # real data sets
train_set, val_set, test_set = random_split(
    TensorDataset(X, y), [0.7, 0.15, 0.15],
    generator=torch.Generator().manual_seed(0))
train_loader = DataLoader(train_set, batch_size=32, shuffle=True)


class NeuralNetwork(nn.Module):  # note 002's 50-30-20-3 network
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(50, 30), nn.ReLU(),
            nn.Linear(30, 20), nn.ReLU(),
            nn.Linear(20, 3))  # outputs logits, no softmax

    def forward(self, x):
        return self.layers(x)


def evaluate(model, subset):  # mean loss and accuracy over a split
    model.eval()  # evaluation behaviour for dropout/batch norm
    total_loss, correct = 0.0, 0
    with torch.no_grad():  # no graph: nothing to backpropagate here
        for xb, yb in DataLoader(subset, batch_size=256):
            xb, yb = xb.to(device), yb.to(device)
            logits = model(xb)
            total_loss += loss_fn(logits, yb).item() * len(yb)
            correct += (logits.argmax(dim=1) == yb).sum().item()
    return total_loss / len(subset), correct / len(subset)


model = NeuralNetwork().to(device)  # move the model before the optimizer
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
history = {"train": [], "val": []}  # (loss, accuracy) per epoch
best_loss = float("inf")

for epoch in range(1, 21):
    model.train()  # back to training behaviour after evaluate()
    for xb, yb in train_loader:
        xb, yb = xb.to(device), yb.to(device)  # each batch to the model
        loss = loss_fn(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    for name, subset in [("train", train_set), ("val", val_set)]:
        history[name].append(evaluate(model, subset))  # array to graph
    if history["val"][-1][0] < best_loss:  # keep the best weights
        best_loss, best_epoch = history["val"][-1][0], epoch
        best_state = copy.deepcopy(model.state_dict())
    if epoch % 4 == 0:
        (tl, ta), (vl, va) = history["train"][-1], history["val"][-1]
        print(f"epoch {epoch:2}: train loss {tl:.3f} acc {ta:.1%}"
              f" | val loss {vl:.3f} acc {va:.1%}")

print(f"lowest validation loss {best_loss:.3f} after epoch {best_epoch}")
model.load_state_dict(best_state)  # back to the best epoch's weights
assert abs(evaluate(model, val_set)[0] - best_loss) < 1e-6
test_loss, test_acc = evaluate(model, test_set)  # once, at the very end
print(f"test (once, best weights): loss {test_loss:.3f}, "
      f"accuracy {test_acc:.1%}")

train_losses = [loss for loss, _ in history["train"]]
val_losses = [loss for loss, _ in history["val"]]
assert train_losses[-1] < train_losses[best_epoch - 1] / 2  # still falls
assert best_epoch <= 15 and val_losses[-1] > 1.1 * best_loss  # overfits
assert history["train"][-1][1] > history["val"][-1][1] + 0.1  # the gap

fig, axes = plt.subplots(1, 2, figsize=(8, 3))
for i, (ax, metric) in enumerate(zip(axes, ["loss", "accuracy"], strict=True)):
    for name in ["train", "val"]:
        ax.plot(range(1, 21), [h[i] for h in history[name]], label=name)
    ax.axvline(best_epoch, color="gray", linestyle="--", linewidth=1)
    ax.set(xlabel="epoch", title=metric)
axes[0].legend()
fig.suptitle("Train and validation metrics per epoch (dashed: best epoch)")
fig.tight_layout()
plt.show()
