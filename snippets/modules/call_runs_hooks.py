import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
hook_runs = []


def report(module, inputs, output):  # a forward hook
    hook_runs.append(1)
    print("   hook ran, output shape", tuple(output.shape))


model.register_forward_hook(report)
x = torch.randn(1, 3)

print("model(x):")  # __call__ runs hooks around forward
y1 = model(x)
print("model.forward(x):")  # forward alone skips them silently
y2 = model.forward(x)

print("same output:", torch.equal(y1, y2), "| hook runs:", len(hook_runs))
assert torch.equal(y1, y2) and len(hook_runs) == 1
