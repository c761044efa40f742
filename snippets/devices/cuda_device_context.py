# bake: devices=cuda
import torch

n = torch.cuda.device_count()
last = n - 1  # on a one-GPU machine this is 0 again
before = torch.cuda.current_device()
print("GPUs:", n, "| current device:", before)

# Inside the block, "cuda" (no index) means GPU `last`.
with torch.cuda.device(last):
    x = torch.ones(2, device="cuda")
    y = torch.ones(2).cuda()
    z = torch.ones(2, device="cuda:0")  # an explicit index still wins
    inside = torch.cuda.current_device()
    print("inside : current", inside,
          "| x on", x.device, "| y on", y.device, "| z on", z.device)

print("outside: current", torch.cuda.current_device())
assert inside == last and x.device.index == y.device.index == last
assert z.device.index == 0
assert torch.cuda.current_device() == before  # restored on exit
