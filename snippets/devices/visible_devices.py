# bake: devices=cpu,cuda
import os
import subprocess
import sys

import torch

# CUDA reads CUDA_VISIBLE_DEVICES once, when a process initialises it, so
# set it for a NEW process: in the shell, or for a child as done here.
CODE = "import torch; print(torch.cuda.device_count())"
env = dict(os.environ, CUDA_VISIBLE_DEVICES="")  # "" hides every GPU
child = subprocess.run([sys.executable, "-c", CODE], env=env,
                       capture_output=True, text=True, check=True)

print("GPUs this process sees:", torch.cuda.device_count())
print('GPUs a child sees with CUDA_VISIBLE_DEVICES="":', child.stdout.strip())
assert child.stdout.strip() == "0"
