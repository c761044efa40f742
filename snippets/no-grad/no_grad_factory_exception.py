import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = x * 2                                  # a computation
    z = torch.zeros(2, requires_grad=True)     # a factory function
    p = torch.nn.Parameter(torch.zeros(2))     # a new parameter
print("x * 2                          :", y.requires_grad)
print("torch.zeros(requires_grad=True):", z.requires_grad)
print("nn.Parameter(...)              :", p.requires_grad)
assert not y.requires_grad and z.requires_grad and p.requires_grad
