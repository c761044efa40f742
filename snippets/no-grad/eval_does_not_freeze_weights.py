import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.BatchNorm1d(2))
x = torch.randn(8, 2)
bn = model[1]


def params():
    return [p.detach().clone() for p in model.parameters()]


def any_changed(before):
    after = params()
    return any(not torch.equal(a, b) for a, b in zip(before, after,
                                                      strict=True))


model.eval()
before = params()
model(x).pow(2).sum().backward()   # gradients still flow in eval mode
with torch.no_grad():
    for p in model.parameters():
        p -= 0.1 * p.grad          # ... and an update still applies
changed = any_changed(before)
print("eval(): an update changed the parameters:", changed)

model.train()
before = params()
model(x)                           # a training-mode forward, no update
train_moved = any_changed(before)
print("train(): a forward changed a parameter  :", train_moved)

model.eval()
mean = bn.running_mean.clone()
model(x)
in_eval = not torch.equal(bn.running_mean, mean)
print("eval(): a forward changed running_mean  :", in_eval)
model.train()
model(x)
in_train = not torch.equal(bn.running_mean, mean)
print("train(): a forward changed running_mean :", in_train)
assert changed and not train_moved and not in_eval and in_train
