import matplotlib.pyplot as plt
import torch
from _draw_graph import draw, walk


def forward(x):
    if x.sum() > 0:                # ordinary Python decides ...
        return torch.sin(x * 2).sum()
    return (x * x.exp()).sum()     # ... which operations run


x_pos = torch.tensor([1.0, 2.0], requires_grad=True)
x_neg = torch.tensor([-1.0, -2.0], requires_grad=True)
out_pos, out_neg = forward(x_pos), forward(x_neg)
again = forward(x_pos)  # same input, same path: still a brand-new graph

names = {}
for name, out in [("positive", out_pos), ("negative", out_neg)]:
    nodes, _ = walk(out.grad_fn)
    names[name] = [type(n).__name__ for n in nodes]
    print(f"{name} input:", ", ".join(names[name]))
print("second call reuses the first graph:", again.grad_fn is out_pos.grad_fn)
assert "SinBackward0" in names["positive"]
assert "SinBackward0" not in names["negative"]
assert "ExpBackward0" in names["negative"]
assert again.grad_fn is not out_pos.grad_fn  # a fresh graph every call

fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.6))
draw(left, out_pos, {"x": x_pos, "out": out_pos}, "x.sum() > 0")
draw(right, out_neg, {"x": x_neg, "out": out_neg}, "x.sum() <= 0")
fig.suptitle("One function, two graphs: the if statement picks", y=1.05)
plt.show()
