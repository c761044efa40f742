import torch
from torch import nn

MiB = 2**20
torch.manual_seed(0)
model = nn.Linear(1024, 1024)  # 4 MiB of weights


def grad_mib():
    grads = [p.grad for p in model.parameters() if p.grad is not None]
    return sum(g.untyped_storage().nbytes() for g in grads) / MiB


print(f"before backward : .grad tensors hold {grad_mib():.2f} MiB")
assert grad_mib() == 0
model(torch.randn(8, 1024)).sum().backward()
print(f"after backward  : .grad tensors hold {grad_mib():.2f} MiB")
assert model.weight.grad.shape == model.weight.shape
assert grad_mib() == sum(p.numel() * 4 for p in model.parameters()) / MiB
model.zero_grad()  # set_to_none=True by default: drops the .grad tensors
print(f"after zero_grad : .grad tensors hold {grad_mib():.2f} MiB",
      "| weight.grad is", model.weight.grad)
assert grad_mib() == 0 and model.weight.grad is None
