# bake: devices=cuda
import torch

MiB = 2**20
torch.cuda.empty_cache()
base = torch.cuda.memory_reserved()
x = torch.ones(64 * MiB // 4, device="cuda")  # 64 MiB
del x  # freed by Python, but still cached by PyTorch

free, total = torch.cuda.mem_get_info()  # what the driver says
driver_used = total - free  # every process, CUDA context included
allocated = torch.cuda.memory_allocated()
reserved = torch.cuda.memory_reserved()

print(f"allocated by tensors : {allocated / MiB:6.1f} MiB")
print(f"reserved by PyTorch  : {reserved / MiB:6.1f} MiB")
print("driver-reported use is larger than reserved:", driver_used > reserved)
assert allocated < reserved < driver_used

torch.cuda.empty_cache()
after = torch.cuda.memory_reserved()
print(f"after empty_cache    : {after / MiB:6.1f} MiB reserved")
assert after == base
