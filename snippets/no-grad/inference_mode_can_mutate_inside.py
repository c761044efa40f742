import torch

normal = torch.zeros(3)
with torch.inference_mode():
    inf = torch.zeros(3)
    inf.add_(1)     # in-place on an inference tensor: fine in here
    normal.add_(1)  # in-place on a normal tensor: fine too
print("inf   :", inf, "| normal:", normal)

# The bookkeeping inference mode skips: a normal tensor counts its
# in-place changes (autograd relies on it); an inference tensor doesn't.
print("normal._version:", normal._version)
try:
    inf._version
except RuntimeError as e:
    print("RuntimeError:", e)
