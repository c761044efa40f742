# bake: devices=cuda
import shutil
import subprocess

import torch

# nvidia-smi is the NVIDIA driver's tool, not part of PyTorch.
if shutil.which("nvidia-smi") is None:
    print("nvidia-smi not found (it ships with the NVIDIA driver)")
else:
    query = ["nvidia-smi", "--query-gpu=index,name,memory.total",
             "--format=csv"]
    table = subprocess.run(query, capture_output=True, text=True,
                           check=True).stdout
    print(table, end="")
    header, *rows = table.strip().splitlines()
    assert header.startswith("index, name, memory.total")
    # The driver lists every GPU; this process may see fewer of them.
    assert len(rows) >= torch.cuda.device_count()
