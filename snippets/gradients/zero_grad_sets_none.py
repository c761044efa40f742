import inspect

import torch

# Both zero_grad methods default to set_to_none=True in torch 2.x:
for method in (torch.optim.Optimizer.zero_grad, torch.nn.Module.zero_grad):
    signature = inspect.signature(method)
    print(f"{method.__qualname__:19}", signature)
    assert signature.parameters["set_to_none"].default is True

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
model(torch.ones(1, 2)).sum().backward()
print("after backward   :", model.weight.grad)

model.zero_grad()  # same as optimizer.zero_grad() for these parameters
print("zero_grad()      :", model.weight.grad)
assert model.weight.grad is None and model.bias.grad is None

model(torch.ones(1, 2)).sum().backward()
model.zero_grad(set_to_none=False)  # the pre-2.0 behaviour: zeros
print("zero_grad(False) :", model.weight.grad)
assert torch.equal(model.weight.grad, torch.zeros(1, 2))
