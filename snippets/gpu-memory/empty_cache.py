# bake: devices=cuda
import torch

MiB = 2**20
torch.cuda.empty_cache()
base = torch.cuda.memory_allocated(), torch.cuda.memory_reserved()


def show(step):
    alloc = torch.cuda.memory_allocated() - base[0]
    reserved = torch.cuda.memory_reserved() - base[1]
    print(f"{step:26} allocated {alloc / MiB:5.1f} MiB"
          f" | reserved {reserved / MiB:5.1f} MiB")
    return alloc, reserved


a = torch.empty(64 * MiB, dtype=torch.uint8, device="cuda")
b = torch.empty(64 * MiB, dtype=torch.uint8, device="cuda")
alias = b  # a second reference to b's memory
both = show("a and b created")
del a, b
after_del = show("del a, b")
torch.cuda.empty_cache()  # returns the cache's unused blocks to the driver
first = show("empty_cache()")  # alias keeps b's block in use
del alias
torch.cuda.empty_cache()
second = show("del alias + empty_cache()")

assert after_del[0] >= 64 * MiB and after_del[1] == both[1]  # b lives on
assert 64 * MiB <= first[1] < both[1]  # some released, not b's block
assert second == (0, 0)  # nothing in use: everything released
