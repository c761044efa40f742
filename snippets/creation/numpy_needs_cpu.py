# bake: devices=cpu,cuda
import textwrap

import torch

# NumPy can only read CPU memory. Off the CPU: a GPU if there is one, else
# "meta", a device that keeps shape and dtype but stores no data at all.
elsewhere = "cuda" if torch.cuda.is_available() else "meta"
t = torch.arange(3.0, device=elsewhere)
try:
    t.numpy()
except TypeError as e:
    print(textwrap.fill(f"TypeError: {e}", 79))
else:
    raise AssertionError(f".numpy() on {elsewhere} should have raised")

# Device-agnostic code copies to the CPU first (free for a CPU tensor).
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.arange(3.0, device=device)
print("x.cpu().numpy():", x.cpu().numpy())
on_cpu = torch.arange(3.0)
assert on_cpu.cpu() is on_cpu  # already on the CPU: the same tensor

# NumPy has no bfloat16 either: convert to a dtype it knows.
half = torch.ones(2, dtype=torch.bfloat16)
try:
    half.numpy()
except TypeError as e:
    print("TypeError:", e)
else:
    raise AssertionError("bfloat16 .numpy() should have raised")
print("half.float().numpy():", half.float().numpy())
