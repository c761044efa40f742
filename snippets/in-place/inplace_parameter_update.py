import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Linear(4, 1))
weight = model[0].weight
at_init = weight._version
print("written in place at init:", at_init > 0)  # init fills it in place
assert at_init > 0

loss = model(torch.ones(2, 3)).pow(2).mean()
loss.backward()
with torch.no_grad():  # what torch.optim.SGD's step() does, in short
    for p in model.parameters():
        p.add_(p.grad, alpha=-0.1)
print("versions added by the update:", weight._version - at_init)
print("same object, still a leaf:", weight is model[0].weight,
      weight.is_leaf)
assert weight._version == at_init + 1
assert weight is model[0].weight and weight.is_leaf
