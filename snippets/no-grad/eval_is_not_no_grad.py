import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.Dropout(p=0.5))
x = torch.ones(1, 8)
model.eval()
reference = model(x).detach()  # the output with dropout switched off


def report(label):
    out = model(x)
    dropout_on = not torch.equal(out, reference)
    fn = type(out.grad_fn).__name__ if out.grad_fn else None
    print(f"{label:18} dropout active: {dropout_on!s:5}  grad_fn: {fn}")
    return dropout_on, fn


model.train()
rows = [report("train()")]
with torch.no_grad():
    rows.append(report("train() + no_grad"))
model.eval()
rows.append(report("eval()"))
with torch.no_grad():
    rows.append(report("eval() + no_grad"))
assert rows == [(True, "MulBackward0"), (True, None),
                (False, "AddmmBackward0"), (False, None)]
