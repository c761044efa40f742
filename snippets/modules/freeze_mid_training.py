import torch
from torch import nn


def train_then_freeze(set_to_none):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    x = torch.randn(8, 3)
    for step in range(4):
        if step == 1:  # freeze the first layer after one real step
            model[0].requires_grad_(False)
            before = model[0].weight.detach().clone()
        opt.zero_grad(set_to_none=set_to_none)
        model(x).pow(2).mean().backward()  # no gradient for model[0]
        opt.step()
    moved = not torch.equal(before, model[0].weight)
    return model[0].weight.grad, moved


for set_to_none in (True, False):
    grad, moved = train_then_freeze(set_to_none)
    grad_text = "None" if grad is None else f"zeros {tuple(grad.shape)}"
    print(f"zero_grad(set_to_none={set_to_none!s:5}): frozen grad is "
          f"{grad_text:11} | frozen weight moved: {moved}")
    if set_to_none:  # grad None: SGD skips the parameter
        assert grad is None and not moved
    else:  # grad is a zero tensor: momentum keeps moving it
        assert torch.equal(grad, torch.zeros(3, 3)) and moved
