import torch

x = torch.tensor(1.0, requires_grad=True)
y = torch.tensor(2.0, requires_grad=True)
f = torch.sin(x * y)


def show(fn, indent=0):
    """Print fn, then everything it passes gradients to, indented."""
    text = type(fn).__name__
    if hasattr(fn, "variable"):  # AccumulateGrad holds the leaf itself
        leaf = "x" if fn.variable is x else "y"
        text += f"  (adds into {leaf}.grad)"
    print(" " * indent + text)
    for next_fn, _ in fn.next_functions:
        if next_fn is not None:
            show(next_fn, indent + 4)


show(f.grad_fn)
acc_x = f.grad_fn.next_functions[0][0].next_functions[0][0]
assert acc_x.variable is x  # the leaf at the end of the chain is x itself
# The chain the page describes: sine, multiplication, one leaf node each.
mul = f.grad_fn.next_functions[0][0]
assert type(f.grad_fn).__name__ == "SinBackward0"
assert type(mul).__name__ == "MulBackward0"
assert [fn.variable for fn, _ in mul.next_functions] == [x, y]
