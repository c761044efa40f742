# bake: memory=256MiB
import torch

x = torch.ones(2**28, dtype=torch.float32)  # 1 GiB, over the example's limit
print(x.sum())
