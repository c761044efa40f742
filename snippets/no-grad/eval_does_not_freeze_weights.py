import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.BatchNorm1d(2))
x = torch.randn(8, 2)
bn = model[1]

model.eval()
before = model[0].weight.clone()
model(x).pow(2).sum().backward()   # gradients still flow in eval mode
with torch.no_grad():
    for p in model.parameters():
        p -= 0.1 * p.grad          # ... and an update still applies
changed = not torch.equal(model[0].weight, before)
print("eval(): an update changed the weights  :", changed)

mean = bn.running_mean.clone()
model(x)
in_eval = not torch.equal(bn.running_mean, mean)
print("eval(): a forward changed running_mean :", in_eval)
model.train()
model(x)
in_train = not torch.equal(bn.running_mean, mean)
print("train(): a forward changed running_mean:", in_train)
assert changed and not in_eval and in_train
