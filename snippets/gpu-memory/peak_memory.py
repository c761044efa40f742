# bake: devices=cuda
import torch

MiB = 2**20
x = torch.ones(64 * MiB // 4, device="cuda")  # 64 MiB of float32

torch.cuda.reset_peak_memory_stats()  # the peak restarts from "now"
base = torch.cuda.memory_allocated()
total = (x * 2).sum()  # x * 2 is a 64 MiB temporary, freed at once
now = torch.cuda.memory_allocated() - base
peak = torch.cuda.max_memory_allocated() - base

print(f"extra memory in use now : {now / MiB:5.1f} MiB")
print(f"extra memory at the peak: {peak / MiB:5.1f} MiB")
assert peak >= 64 * MiB > now  # the temporary shows only in the peak

torch.cuda.reset_peak_memory_stats()
reset = torch.cuda.max_memory_allocated() == torch.cuda.memory_allocated()
print("after a reset, peak == current:", reset)
assert reset
