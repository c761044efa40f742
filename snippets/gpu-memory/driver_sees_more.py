# bake: devices=cuda
import torch

MiB = 2**20
x = torch.ones(256 * MiB // 4, device="cuda")  # 256 MiB
del x  # freed by Python, but still cached by PyTorch

free, total = torch.cuda.mem_get_info()  # what the driver says
driver_used = total - free  # every process, CUDA context included
allocated = torch.cuda.memory_allocated()
reserved = torch.cuda.memory_reserved()

print(f"allocated by tensors : {allocated // MiB:4} MiB")
print(f"reserved by PyTorch  : {reserved // MiB:4} MiB")
print("driver-reported use is larger than reserved:", driver_used > reserved)
torch.cuda.empty_cache()
print(f"after empty_cache    : {torch.cuda.memory_reserved() // MiB:4} MiB"
      " reserved")
