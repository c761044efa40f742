import math

import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
N, batch_size, epochs = 103, 10, 3
dataset = TensorDataset(torch.randn(N, 2), torch.randn(N))
loader = DataLoader(dataset, batch_size=batch_size, shuffle=True)

steps = 0
for epoch in range(epochs):  # one epoch = one full pass over the data
    seen = 0
    for xb, _yb in loader:  # one batch = one step (one optimizer.step())
        steps += 1
        seen += len(xb)
    print(f"epoch {epoch}: {len(loader)} batches, {seen} samples seen")

print("steps:", steps, "=", epochs, "* ceil(103 / 10)")
assert seen == N and steps == epochs * math.ceil(N / batch_size)

# drop_last=True skips the short final batch (here: 3 samples).
short = DataLoader(dataset, batch_size=batch_size, drop_last=True)
print("batches per epoch with drop_last=True:", len(short))
assert len(short) == N // batch_size
