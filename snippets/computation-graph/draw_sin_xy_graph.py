import matplotlib.pyplot as plt
import torch
from _draw_graph import draw, walk

# Note 003: f(x, y) = sin(x * y).   Note 004: z = y * y with y = x + 2.
x = torch.tensor(1.0, requires_grad=True)
y = torch.tensor(2.0, requires_grad=True)
f = torch.sin(x * y)

a = torch.tensor(3.0, requires_grad=True)  # note 004 calls it x
b = a + 2
z = b * b

# y = x + 2 is used twice: MulBackward0 has two edges to one AddBackward0.
mul = z.grad_fn
assert type(mul).__name__ == "MulBackward0"
(first, _), (second, _) = mul.next_functions
assert first is second and type(first).__name__ == "AddBackward0"
# The constant 2 needs no gradient: AddBackward0's edge to it is None,
# and the only leaf node in the graph is x's.
nodes, _ = walk(z.grad_fn)
leaves = [n for n in nodes if type(n).__name__ == "AccumulateGrad"]
assert [n.variable for n in leaves] == [a]

# Both pictures are drawn by walking grad_fn.next_functions, not by hand.
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3))
draw(left, f, {"x": x, "y": y, "f": f}, "f = sin(x * y)")
draw(right, z, {"x": a, "z": z}, "z = y * y,  y = x + 2")
fig.suptitle("Backward graphs recorded by autograd", y=1.05)
plt.show()
