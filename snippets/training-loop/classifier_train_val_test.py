import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
X = torch.randn(1500, 50)  # 1500 samples, 50 features
y = (X @ torch.randn(50, 3)).argmax(dim=1)  # 3 classes from a teacher
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


def evaluate(model, subset):  # loss and accuracy on a whole split
    xb, yb = next(iter(DataLoader(subset, batch_size=len(subset))))
    model.eval()  # evaluation behaviour for dropout/batch norm
    with torch.no_grad():  # no graph: nothing to backpropagate here
        logits = model(xb)
    acc = (logits.argmax(dim=1) == yb).float().mean().item()
    return loss_fn(logits, yb).item(), acc


model = NeuralNetwork()
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
history = {"train": [], "val": []}  # (loss, accuracy) per epoch

for epoch in range(15):
    model.train()  # back to training behaviour after evaluate()
    for xb, yb in train_loader:
        loss = loss_fn(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    for name, subset in [("train", train_set), ("val", val_set)]:
        history[name].append(evaluate(model, subset))  # array to graph
    if epoch % 3 == 2:
        (tl, ta), (vl, va) = history["train"][-1], history["val"][-1]
        print(f"epoch {epoch + 1:2}: train loss {tl:.3f} acc {ta:.1%}"
              f" | val loss {vl:.3f} acc {va:.1%}")

best = min(range(15), key=lambda e: history["val"][e][0])
print(f"lowest validation loss after epoch {best + 1}")
test_loss, test_acc = evaluate(model, test_set)  # once, at the very end
print(f"test (once): loss {test_loss:.3f}, accuracy {test_acc:.1%}")

fig, axes = plt.subplots(1, 2, figsize=(8, 3))
for i, (ax, metric) in enumerate(zip(axes, ["loss", "accuracy"], strict=True)):
    for name in ["train", "val"]:
        ax.plot(range(1, 16), [h[i] for h in history[name]], label=name)
    ax.set(xlabel="epoch", title=metric)
axes[0].legend()
fig.suptitle("Train and validation metrics per epoch")
fig.tight_layout()
plt.show()
