# bake: devices=cpu,cuda
import warnings

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
pin = device.type == "cuda"  # without a GPU, pinning would only warn

torch.manual_seed(0)
data = TensorDataset(torch.randn(64, 3), torch.randint(0, 2, (64,)))
model = nn.Linear(3, 2).to(device)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loader = DataLoader(data, batch_size=16, pin_memory=pin)
    pinned = []
    for x, y in loader:
        pinned.append(x.is_pinned() and y.is_pinned())
        x = x.to(device, non_blocking=True)  # returns at once if pinned
        y = y.to(device, non_blocking=True)
        loss = nn.functional.cross_entropy(model(x), y)  # runs after them

print("pin_memory:", pin, "| batches pinned:", pinned)
pin_warnings = [w for w in caught if "pin_memory" in str(w.message)]
print("batches ran on:", x.device, "| pin_memory warnings:", len(pin_warnings))
assert pinned == [pin] * 4 and x.device.type == device.type
assert not pin_warnings and not data.tensors[0].is_pinned()
