import torch

torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(3, 4),
    torch.nn.ReLU(inplace=True),  # fine: Linear's backward does not
    torch.nn.Linear(4, 1),        # need the output ReLU overwrites
)
weight = model[0].weight
print("version after init  :", weight._version)  # init wrote in place

loss = model(torch.ones(2, 3)).pow(2).mean()
loss.backward()
with torch.no_grad():  # what torch.optim.SGD's step() does, in short
    for p in model.parameters():
        p.add_(p.grad, alpha=-0.1)
print("version after update:", weight._version)
print("same object, still a leaf:", weight is model[0].weight,
      weight.is_leaf)
