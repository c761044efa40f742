# bake: devices=cuda
import torch

MiB = 2**20
gpu = torch.ones(256 * MiB // 4, device="cuda")  # 256 MiB

done = torch.cuda.Event()
host = gpu.to("cpu", non_blocking=True)  # returns at once
done.record()  # marks the point in the GPU's queue after the copy
print("destination is pinned  :", host.is_pinned())
finished_early = done.query()
print("copy finished already  :", finished_early)
done.synchronize()  # wait for the copy before reading host
print("after synchronize      :", done.query(), "| all ones:",
      bool((host == 1).all()))
assert host.is_pinned() and not finished_early
