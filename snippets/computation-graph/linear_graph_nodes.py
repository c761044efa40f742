import torch


def nodes(t):
    """Every node reachable from t.grad_fn, output side first."""
    seen, todo = [], [t.grad_fn]
    while todo:
        fn = todo.pop(0)
        seen.append(type(fn).__name__)
        todo += [nxt for nxt, _ in fn.next_functions if nxt is not None]
    return seen


torch.manual_seed(0)
layer = torch.nn.Linear(3, 2)
x = torch.randn(4, 3)

by_hand = x @ layer.weight.t() + layer.bias  # mm, then add
fused = layer(x)                           # addmm
print("mm, add:", ", ".join(nodes(by_hand)))
print("Linear :", ", ".join(nodes(fused)))
assert torch.allclose(by_hand, fused)      # the same numbers ...
assert nodes(by_hand)[:2] == ["AddBackward0", "MmBackward0"]
assert nodes(fused)[0] == "AddmmBackward0"  # ... from one fused node
assert len(nodes(fused)) == len(nodes(by_hand)) - 1

# Not a (batch, features) input: a 1-D sample, or a 3-D batch.
for shape in [(3,), (5, 4, 3)]:
    out = layer(torch.randn(shape))
    print(f"input shape {str(shape):9}:", ", ".join(nodes(out)[:2]), "...")
    assert nodes(out)[:2] == ["ViewBackward0", "AddmmBackward0"]
