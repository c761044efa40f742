import torch

normal = torch.zeros(3)
with torch.inference_mode():
    inf = torch.zeros(3)
    inf.add_(1)     # in-place on an inference tensor: fine in here
    normal.add_(1)  # in-place on a normal tensor: fine too
print("inf   :", inf, "| normal:", normal)
assert torch.equal(inf, torch.ones(3)) and torch.equal(normal, torch.ones(3))

# The bookkeeping inference mode skips: a normal tensor counts its
# in-place changes (autograd relies on it); an inference tensor doesn't.
print("normal._version:", normal._version)
assert normal._version == 1
try:
    inf._version
except RuntimeError as e:
    print("RuntimeError:", e)
else:
    raise AssertionError("inf._version should have raised RuntimeError")
