import torch

x = torch.tensor(3.0, requires_grad=True)  # "track operations on me"
c = torch.tensor(4.0)                      # requires_grad=False (default)

y = x + 2      # recorded: x requires grad
z = y * y      # recorded: y requires grad (it came from x)
w = c * c      # not recorded: no input requires grad
v = c * x      # recorded: ONE input requiring grad is enough

for name, t in [("y", y), ("z", z), ("w", w), ("v", v)]:
    fn = type(t.grad_fn).__name__ if t.grad_fn else None
    print(f"{name}: requires_grad={t.requires_grad!s:5}  grad_fn={fn}")

assert z.requires_grad and v.requires_grad and not w.requires_grad
