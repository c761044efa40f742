# bake: devices=cpu,cuda
import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
use_pinned = device.type == "cuda"  # pinning only helps copies to a GPU

torch.manual_seed(0)
batch = torch.randn(256, 128)
if use_pinned:
    batch = batch.pin_memory()

# non_blocking=True is always allowed; it only matters for pinned -> GPU.
on_device = batch.to(device, non_blocking=True)
print("pinned:", batch.is_pinned(), "| moved to:", on_device.device)
same = batch.to("cpu", non_blocking=True) is batch
print("to() on the same device returns the same tensor:", same)

# Work queued after the copy runs after it: no explicit wait needed here.
doubled = on_device * 2
intact = torch.equal(doubled.cpu(), batch * 2)
print("copy arrived intact:", intact)
assert batch.is_pinned() == use_pinned and on_device.device.type == device.type
assert same and intact
