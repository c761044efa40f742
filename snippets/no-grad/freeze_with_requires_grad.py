import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Linear(2, 1))
model[0].requires_grad_(False)  # freeze the first layer
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
x = torch.randn(8, 2)

frozen, head = model[0].weight, model[1].weight
frozen_before, head_before = frozen.clone(), head.detach().clone()
for _ in range(3):
    opt.zero_grad()             # default: set_to_none=True
    model(x).pow(2).mean().backward()
    opt.step()

print("frozen.grad:", frozen.grad)
print("frozen layer changed:", not torch.equal(frozen, frozen_before))
print("head layer changed  :", not torch.equal(head, head_before))
assert frozen.grad is None and torch.equal(frozen, frozen_before)
assert not torch.equal(head, head_before)
