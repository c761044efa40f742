# bake: devices=cuda
import shutil
import subprocess

# nvidia-smi is the NVIDIA driver's tool, not part of PyTorch.
if shutil.which("nvidia-smi") is None:
    print("nvidia-smi not found (it ships with the NVIDIA driver)")
else:
    query = ["nvidia-smi", "--query-gpu=index,name,memory.total",
             "--format=csv"]
    print(subprocess.run(query, capture_output=True, text=True,
                         check=True).stdout, end="")
