# bake: devices=cpu,cuda
import textwrap

import torch

# On a GPU machine the second device is the GPU. Without one, the "meta"
# device (shapes only, no data) shows the same rule on a CPU.
other = torch.device("cuda" if torch.cuda.is_available() else "meta")

a = torch.ones(3)  # on the CPU
b = torch.ones(3, device=other)
try:
    a + b
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))
else:
    raise AssertionError("a CPU tensor + a tensor elsewhere should fail")

fixed = a.to(other) + b
print("fixed with .to():", fixed.device)
assert fixed.device.type == other.type

# The one exception: a 0-dim CPU tensor is treated like a Python number.
scaled = torch.tensor(2.0) * b
print("0-dim CPU tensor is fine:", scaled.device)
assert scaled.device.type == other.type
