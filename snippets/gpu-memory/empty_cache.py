# bake: devices=cpu,cuda
import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
MiB = 2**20


def show(step):
    alloc = torch.cuda.memory_allocated() // MiB
    reserved = torch.cuda.memory_reserved() // MiB
    print(f"{step:28} allocated {alloc:3} MiB | reserved {reserved:3} MiB")


a = torch.empty(64 * MiB, dtype=torch.uint8, device=device)
b = torch.empty(64 * MiB, dtype=torch.uint8, device=device)
alias = b  # a second reference to b's memory
show("a and b created")
del a, b
show("del a, b")
torch.cuda.empty_cache()  # a no-op when CUDA was never used
show("empty_cache()")  # only a's block went back: alias keeps b alive
del alias
torch.cuda.empty_cache()
show("del alias + empty_cache()")
