# bake: devices=cuda
import torch

n = torch.cuda.device_count()
last = n - 1  # on a one-GPU machine this is 0 again
print("GPUs:", n, "| current device:", torch.cuda.current_device())

# Inside the block, "cuda" (no index) means GPU `last`.
with torch.cuda.device(last):
    x = torch.ones(2, device="cuda")
    y = torch.ones(2).cuda()
    z = torch.ones(2, device="cuda:0")  # an explicit index still wins
    print("inside : current", torch.cuda.current_device(),
          "| x on", x.device, "| y on", y.device, "| z on", z.device)

print("outside: current", torch.cuda.current_device())
assert x.device.index == last and z.device.index == 0
