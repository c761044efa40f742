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


plain, kept = train(sgd, False)[0], train(momentum, False)[0]
fresh = train(momentum, True)[0]
print(f"plain SGD                : w = {plain:.4f}")
print(f"momentum, one optimiser  : w = {kept:.4f}")
print(f"momentum, new every step : w = {fresh:.4f}")
assert abs(kept) < abs(plain)  # momentum got much closer to 0
# A new optimiser starts with an empty buffer: it IS plain SGD.
assert fresh == plain

adam_once, adam_fresh = train(adam, False)[1], train(adam, True)[1]
print("Adam's step counter, one optimiser :", adam_once["step"])
print("Adam's step counter, new every step:", adam_fresh["step"])
assert adam_once["step"] == 30 and adam_fresh["step"] == 1
