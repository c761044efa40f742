import torch


def nodes(t):
    """Node names from t.grad_fn down to x's leaf node, one path."""
    names, fn = [], t.grad_fn
    while fn is not None:
        names.append(type(fn).__name__)
        fn = fn.next_functions[0][0] if fn.next_functions else None
    return names


x = torch.tensor(1.0, requires_grad=True)
for repeats in (1, 3):
    y = x
    for _ in range(repeats):
        y = y * 2   # ONE line of code, executed `repeats` times
    print(f"ran {repeats}x:", " -> ".join(nodes(y)))
    assert nodes(y).count("MulBackward0") == repeats
