# bake: devices=cpu,cuda
import torch

# On a GPU machine the second device is the GPU. Without one, the "meta"
# device (shapes only, no data) shows the same rule on a CPU.
other = "cuda" if torch.cuda.is_available() else "meta"

a = torch.ones(3)  # on the CPU
b = torch.ones(3, device=other)
try:
    a + b
except RuntimeError as e:
    print("RuntimeError:", e)

print("fixed with .to():", (a.to(other) + b).device)

# The one exception: a 0-dim CPU tensor is treated like a Python number.
print("0-dim CPU tensor is fine:", (torch.tensor(2.0) * b).device)
