import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
x = torch.randn(2, 3)

with torch.inference_mode():
    out = model(x)
print("requires_grad:", out.requires_grad, "| grad_fn:", out.grad_fn)
print("out.is_inference():", out.is_inference())

with torch.no_grad():
    out2 = model(x)
print("no_grad result is_inference():", out2.is_inference())
assert torch.equal(out, out2)  # same numbers, different kind of tensor
assert out.is_inference() and not out2.is_inference()
assert not out.requires_grad and out.grad_fn is None
