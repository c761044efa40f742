import torch


def sgd(params):
    return torch.optim.SGD(params, lr=0.1)


def momentum(params):
    return torch.optim.SGD(params, lr=0.1, momentum=0.9)


def adam(params):
    return torch.optim.Adam(params, lr=0.1)


def train(make_opt, fresh_each_step, steps=30):
    w = torch.tensor([5.0], requires_grad=True)
    optimizer = make_opt([w])
    for _ in range(steps):
        if fresh_each_step:  # the pattern torch.optim.X([w]).step()
            optimizer = make_opt([w])
        optimizer.zero_grad()
        (0.05 * w ** 2).sum().backward()  # a flat bowl, minimum at 0
        optimizer.step()
    return w.item(), optimizer.state[w]


print(f"plain SGD                : w = {train(sgd, False)[0]:.4f}")
print(f"momentum, one optimiser  : w = {train(momentum, False)[0]:.4f}")
print(f"momentum, new every step : w = {train(momentum, True)[0]:.4f}")
# A new optimiser starts with an empty buffer: it IS plain SGD.
assert train(momentum, True)[0] == train(sgd, False)[0]

print("Adam's step counter, one optimiser :", train(adam, False)[1]["step"])
print("Adam's step counter, new every step:", train(adam, True)[1]["step"])
