# bake: devices=cpu,cuda budget=20
import os
import subprocess
import sys

import torch

# CUDA reads CUDA_VISIBLE_DEVICES once, when a process initialises it, so
# set it for a NEW process: in the shell, or for a child as done here.
CODE = "import torch; print(torch.cuda.device_count())"


def gpus_seen_by_child(visible):
    env = dict(os.environ, CUDA_VISIBLE_DEVICES=visible)
    child = subprocess.run([sys.executable, "-c", CODE], env=env,
                           capture_output=True, text=True, check=True)
    return int(child.stdout)


n = torch.cuda.device_count()
print("GPUs this process sees               :", n)
hidden = gpus_seen_by_child("")  # "" hides every GPU
print('a child with CUDA_VISIBLE_DEVICES="" :', hidden)
assert hidden == 0

if torch.cuda.is_available():  # only a GPU machine has a GPU to show
    assert n >= 1
    one = gpus_seen_by_child("0")  # one GPU, renumbered as cuda:0
    print('a child with CUDA_VISIBLE_DEVICES="0":', one)
    assert one == 1
