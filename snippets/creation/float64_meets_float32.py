import textwrap

import numpy as np
import torch

x = torch.from_numpy(np.array([[1.0, 2.0]]))  # float64, from NumPy
y = torch.ones(1, 2)                          # float32, PyTorch's default
print("float64 + float32 ->", (x + y).dtype)   # promoted to the wider type
assert (x + y).dtype == torch.float64

layer = torch.nn.Linear(2, 1)  # its weights are float32
try:
    layer(x)
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))
else:
    raise AssertionError("a float64 input should have raised RuntimeError")
print("layer(x.float()) ->", layer(x.float()).dtype)
