import numpy as np
import torch

x = torch.from_numpy(np.array([[1.0, 2.0]]))  # float64, from NumPy
y = torch.ones(1, 2)                          # float32, PyTorch's default
print("float64 + float32 ->", (x + y).dtype)   # promoted to the wider type

layer = torch.nn.Linear(2, 1)  # its weights are float32
try:
    layer(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print("layer(x.float()) ->", layer(x.float()).dtype)
