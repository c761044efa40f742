import torch

# The notes' checks, one per kind of GPU:
print("CUDA available:", torch.cuda.is_available())  # NVIDIA (AMD: ROCm)
print("MPS available :", torch.backends.mps.is_available())  # Apple

# One question for every kind: the usable accelerator, or None.
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator if accelerator is not None else torch.device("cpu")
print("using         :", device)

# Decide once, then create (or move) everything on that device.
x = torch.ones(2, device=device)
assert x.device.type == device.type
