import torch
from torch import nn

torch.manual_seed(0)
batches = [(torch.randn(8, 3), torch.randn(8, 1)) for _ in range(5)]


def train(*order):
    torch.manual_seed(1)  # the same starting weights for every run
    model = nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for x, y in batches:
        loss = nn.functional.mse_loss(model(x), y)
        calls = {"zero_grad": opt.zero_grad, "backward": loss.backward,
                 "step": opt.step}
        for name in order:
            calls[name]()
    return model.weight.detach()


untrained = train()
a = train("zero_grad", "backward", "step")  # note 001's order
b = train("backward", "step", "zero_grad")  # note 003's order
c = train("backward", "zero_grad", "step")  # wipes grads before the step
print("untrained                :", untrained)
print("zero_grad, backward, step:", a)
print("backward, step, zero_grad:", b)
print("backward, zero_grad, step:", c)
assert torch.equal(a, b)  # the two notes' orders: identical weights
assert torch.equal(c, untrained)  # the last one never learns
