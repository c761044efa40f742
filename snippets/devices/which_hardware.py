# bake: devices=cpu,cuda
import torch

# The wheel decides first: a CPU-only build has no CUDA support at all.
print("built with CUDA:", torch.version.cuda is not None)
print("CUDA available :", torch.cuda.is_available())
print("GPUs visible   :", torch.cuda.device_count())
print("MPS available  :", torch.backends.mps.is_available())  # Apple GPUs
# torch.accelerator: the usable accelerator of any kind, or None.
acc = torch.accelerator.current_accelerator(check_available=True)
print("accelerator    :", acc)

if torch.cuda.is_available():
    print("GPU 0          :", torch.cuda.get_device_name(0))
    assert acc == torch.device("cuda") and torch.cuda.device_count() >= 1
if torch.version.cuda is None:  # a CPU-only wheel can never use CUDA
    assert not torch.cuda.is_available() and torch.cuda.device_count() == 0
if not torch.accelerator.is_available():
    assert acc is None
