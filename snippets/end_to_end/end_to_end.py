# bake: notebook
# %% [markdown]
# # End to end: a classifier, from data to test score
#
# This notebook trains a small classifier on made-up data and walks through
# every step a real project has: a `Dataset` and `DataLoader`, a
# train/validation/test split, an `nn.Module` on the device you have, a loss,
# an optimizer and a learning-rate scheduler, a training loop with a
# validation pass that tracks metrics, a loss-curve plot, a checkpoint saved
# and loaded back, one final test evaluation, and predictions for new points.
# Each step is short; the chapter named under it goes deeper.
#
# Everything runs on a CPU in a few seconds, and the same code runs on a GPU
# when there is one. The outputs below are the ones the code printed when
# the site was built, on a CPU.

# %%
import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset, random_split

# The same data, weights and shuffles on every run:
torch.manual_seed(0)
# Chosen once; everything below moves its tensors there.
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print("torch", torch.__version__.split("+")[0], "| device:", device)

# %% [markdown]
# ## 1. Make a dataset
#
# Three overlapping clouds of 2-D points, one per class, 200 points each.
# Small enough to train in a blink, hard enough that the model cannot be
# perfect: some points sit in the wrong cloud's territory.

# %%
centers = torch.tensor([[0.0, 2.0], [-1.7, -1.0], [1.7, -1.0]])
# labels: 0,0,...,1,1,...,2,2; points: noise around each center
labels = torch.arange(3).repeat_interleave(200)
points = centers[labels] + torch.randn(600, 2)

print("points:", tuple(points.shape), points.dtype)
print("labels:", tuple(labels.shape), labels.dtype,
      "| per class:", torch.bincount(labels).tolist())

plt.figure(figsize=(4, 4))
for c in range(3):
    x0, x1 = points[labels == c].T
    plt.scatter(x0, x1, s=8, label=f"class {c}")
plt.legend()
plt.title("Three classes of 2-D points")
plt.show()

# %% [markdown]
# ## 2. Wrap it in a Dataset
#
# A map-style `Dataset` needs two methods: `__len__` (how many samples) and
# `__getitem__` (sample number `i`, here as a `(features, label)` tuple).
# The [Datasets](../data/datasets.html) and
# [DataLoader](../data/dataloader.html) chapters cover them in depth, with
# [transforms](../data/transforms.html) and iterable datasets.

# %%
class PointsDataset(Dataset):
    def __init__(self, points, labels):
        self.points, self.labels = points, labels

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        return self.points[i], self.labels[i]


dataset = PointsDataset(points, labels)
print(len(dataset), "samples; sample 0:", dataset[0])

# %% [markdown]
# ## 3. Split into train, validation and test
#
# * **train**: the model learns from it;
# * **validation**: used after every epoch to watch for overfitting and to
#   pick the best epoch;
# * **test**: used **once**, at the very end, for an unbiased score.
#
# `random_split` with its own seeded generator gives the same split on every
# run. `DataLoader` then cuts each part into batches; only the training
# loader shuffles.

# %%
split_rng = torch.Generator().manual_seed(42)
train_set, val_set, test_set = random_split(
    dataset, [0.7, 0.15, 0.15], generator=split_rng
)
print("train / val / test sizes:",
      len(train_set), len(val_set), len(test_set))

train_loader = DataLoader(train_set, batch_size=32,
                          shuffle=True)
val_loader = DataLoader(val_set, batch_size=128)
test_loader = DataLoader(test_set, batch_size=128)
xb, yb = next(iter(train_loader))
print("one batch:", tuple(xb.shape), tuple(yb.shape),
      "|", len(train_loader), "batches per epoch")

# %% [markdown]
# ## 4. Define the model
#
# A subclass of `nn.Module`: layers in `__init__`, the computation in
# `forward`. It returns raw scores (*logits*), one per class; the loss
# below applies the softmax itself. `.to(device)` moves its parameters to
# the chosen device. See
# [Building models with `nn.Module`](../models/modules.html) and
# [devices](../devices/devices.html).

# %%
class Classifier(nn.Module):
    def __init__(self, hidden=32):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(2, hidden), nn.ReLU(),
            nn.Linear(hidden, hidden), nn.ReLU(),
            nn.Linear(hidden, 3),
        )

    def forward(self, x):
        return self.layers(x)


model = Classifier().to(device)
print(model)
n_params = sum(p.numel() for p in model.parameters())
print("parameters:", n_params)

# %% [markdown]
# ## 5. Loss, optimizer and learning-rate scheduler
#
# `CrossEntropyLoss` takes logits and integer class labels. Adam updates the
# weights; `StepLR` halves the learning rate every 10 epochs. The chapters on
# [losses and optimizers](../training/losses-optimizers.html) and
# [learning-rate schedulers](../training/lr-schedulers.html) compare the
# alternatives.

# %%
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.003)
scheduler = torch.optim.lr_scheduler.StepLR(
    optimizer, step_size=10, gamma=0.5
)
print("starting learning rate:", scheduler.get_last_lr())

# %% [markdown]
# ## 6. The training loop
#
# One epoch = one pass over the training loader. For each batch: move it to
# the model's device, then forward, loss, `zero_grad`, `backward`, `step`.
# After each epoch, evaluate on the
# validation set with `model.eval()` (layers such as dropout switch to
# inference behaviour) and `torch.no_grad()` (no graph is recorded: that
# is what saves the memory), step the scheduler, and record the metrics
# in plain lists for plotting.
#
# The best epoch (lowest validation loss) is saved as a checkpoint as we go:
# the model, the optimizer, the scheduler and the global random state (the
# training loader shuffles with it), so training could also be resumed from
# it. The [Saving and loading](../training/saving-loading.html) chapter
# shows that such a resume is exact.

# %%
EPOCHS = 20


def evaluate(model, loader):
    model.eval()
    total_loss, correct = 0.0, 0
    with torch.no_grad():
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            logits = model(x)
            total_loss += loss_fn(logits, y).item() * len(y)
            predicted = logits.argmax(dim=1)
            correct += (predicted == y).sum().item()
    n = len(loader.dataset)
    return total_loss / n, correct / n


history = {"train_loss": [], "train_acc": [],
           "val_loss": [], "val_acc": []}
best_val_loss = float("inf")
for epoch in range(1, EPOCHS + 1):
    model.train()
    total_loss, correct = 0.0, 0
    for x, y in train_loader:
        x, y = x.to(device), y.to(device)
        logits = model(x)
        loss = loss_fn(logits, y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        # running training metrics, summed over the epoch
        total_loss += loss.item() * len(y)
        correct += (logits.argmax(dim=1) == y).sum().item()
    scheduler.step()

    train_loss = total_loss / len(train_set)
    train_acc = correct / len(train_set)
    val_loss, val_acc = evaluate(model, val_loader)
    metrics = (train_loss, train_acc, val_loss, val_acc)
    for key, value in zip(history, metrics, strict=True):
        history[key].append(value)
    if val_loss < best_val_loss:
        best_val_loss, best_epoch = val_loss, epoch
        checkpoint = {
            "epoch": epoch,
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict(),
            "rng_state": torch.get_rng_state(),  # the next shuffles
        }
        torch.save(checkpoint, "best.pt")
    if epoch == 1 or epoch % 4 == 0:
        print(f"epoch {epoch:2}  train loss {train_loss:.3f} "
              f"acc {train_acc:.1%}  |  val loss "
              f"{val_loss:.3f} acc {val_acc:.1%}")
print("best epoch:", best_epoch,
      "| val loss", round(best_val_loss, 3))
# The narrative below: the best epoch is not the last one.
assert best_epoch < EPOCHS and history["val_loss"][-1] > best_val_loss

# %% [markdown]
# ## 7. Look at the curves
#
# Loss and accuracy per epoch, training against validation. Training loss
# keeps creeping down; validation loss is lowest at the marked epoch and
# then drifts up a little (the previous cell asserts that the best epoch is
# not the last). With 90 validation points part of that drift is noise, but
# it is the pattern that signals overfitting, and the reason we kept the
# best epoch's checkpoint rather than the last one. The
# [Logging with TensorBoard](../training/logging.html) chapter shows how to
# log the same numbers to TensorBoard for longer runs.

# %%
epochs = range(1, len(history["train_loss"]) + 1)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(6.4, 2.8))
ax1.plot(epochs, history["train_loss"], label="train")
ax1.plot(epochs, history["val_loss"], label="validation")
ax1.axvline(best_epoch, color="grey", linestyle=":",
            label="best epoch")
ax1.set(xlabel="epoch", ylabel="cross-entropy",
        title="Loss per epoch (dotted: best epoch)")
ax1.legend()
ax2.plot(epochs, history["train_acc"], label="train")
ax2.plot(epochs, history["val_acc"], label="validation")
ax2.set(xlabel="epoch", ylabel="accuracy", title="Accuracy per epoch")
fig.suptitle("Training and validation curves over 20 epochs")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## 8. Load the checkpoint into a fresh model
#
# A new `Classifier` starts with new random weights. `load_state_dict` pours
# the saved tensors into it; from then on it predicts exactly as the best
# model did. `torch.load` reads only tensors and plain containers here
# (`weights_only=True`, the default), which is the safe way to load, and
# `map_location=device` puts them on this machine's device, whichever
# device wrote the file.

# %%
checkpoint = torch.load("best.pt", map_location=device)
fresh = Classifier().to(device)
print(f"fresh model, val accuracy:   "
      f"{evaluate(fresh, val_loader)[1]:.1%}")
fresh.load_state_dict(checkpoint["model"])
fresh_val_loss, fresh_val_acc = evaluate(fresh, val_loader)
print(f"after loading, val accuracy:  {fresh_val_acc:.1%}",
      "| from epoch", checkpoint["epoch"])
# the best model, restored exactly:
assert fresh_val_loss == best_val_loss

# %% [markdown]
# ## 9. Evaluate on the test set, once
#
# The test set has not influenced any choice so far (not the epoch, not the
# learning rate). Its score is our honest estimate of how the model does on
# new data. Look at it once; tuning against it would make it one more
# validation set.

# %%
test_loss, test_acc = evaluate(fresh, test_loader)
n_right = round(test_acc * len(test_set))
print(f"test loss {test_loss:.3f} | accuracy {test_acc:.1%}"
      f" ({n_right} of {len(test_set)} points)")

# %% [markdown]
# ## 10. Predict new points
#
# Using the model is the last step: `eval()` mode (here it changes nothing,
# but a model with dropout or batch norm needs it) and
# `torch.inference_mode()`, which records no graph at all. The three new
# points sit at the three cloud centres, so each should get its own class.

# %%
new_points = centers.to(device)  # one point per class, at its centre
fresh.eval()
with torch.inference_mode():
    probs = torch.softmax(fresh(new_points), dim=1)
predicted = probs.argmax(dim=1)
for point, p, c in zip(new_points.tolist(), probs, predicted, strict=True):
    x0, x1 = point
    print(f"point ({x0:+.1f}, {x1:+.1f}): class {c.item()} "
          f"(probability {p[c].item():.2f})")
assert predicted.tolist() == [0, 1, 2]

# %% [markdown]
# ## Where to go next
#
# Each step above has its own chapter:
# [datasets](../data/datasets.html) and
# [data loaders](../data/dataloader.html),
# [building models with `nn.Module`](../models/modules.html),
# [losses and optimizers](../training/losses-optimizers.html),
# [learning-rate schedulers](../training/lr-schedulers.html),
# [the training loop](../training/training-loop.html),
# [saving and loading](../training/saving-loading.html), and
# [logging with TensorBoard](../training/logging.html).
#
# To go faster once this works: mixed precision with
# [`torch.autocast`][amp] and compiling the model with
# [`torch.compile`][compile], both in the official documentation (this site
# does not cover them yet).
#
# [amp]: https://docs.pytorch.org/docs/stable/amp.html
# [compile]: https://docs.pytorch.org/docs/stable/generated/torch.compile.html
