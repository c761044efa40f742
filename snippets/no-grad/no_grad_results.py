import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
x = torch.randn(2, 3)

weight_before = model.weight.detach().clone()
out = model(x)
print("normal  : requires_grad", out.requires_grad, "| grad_fn",
      type(out.grad_fn).__name__)

with torch.no_grad():
    out = model(x)
print("no_grad : requires_grad", out.requires_grad, "| grad_fn", out.grad_fn)
assert not out.requires_grad and out.grad_fn is None
print("the weights themselves still require grad:",
      model.weight.requires_grad)
assert model.weight.requires_grad
assert torch.equal(model.weight, weight_before)  # and are unchanged


@torch.no_grad()  # also works as a decorator
def predict(inputs):
    return model(inputs)


print("decorated predict():", predict(x).requires_grad)
assert not predict(x).requires_grad
