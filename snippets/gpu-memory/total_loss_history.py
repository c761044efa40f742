import torch
from torch import nn


def graph_size(fn):
    """Count the autograd nodes reachable from a grad_fn."""
    seen, todo = set(), [fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo += [next_fn for next_fn, _ in node.next_functions]
    return len(seen)


torch.manual_seed(0)
model = nn.Linear(4, 1)
total_loss = 0.0
sizes = {}
for step in range(1, 31):  # zero_grad() and step() left out: no change
    loss = model(torch.randn(8, 4)).pow(2).mean()
    loss.backward()  # frees the saved tensors, not the graph's nodes
    total_loss += loss  # the classic mistake
    sizes[step] = graph_size(total_loss.grad_fn)
    if step in (1, 10, 30):
        print(f"step {step:2}: total_loss holds a graph of "
              f"{sizes[step]} nodes")

growth = {sizes[s + 1] - sizes[s] for s in range(1, 30)}
print("nodes added per step:", growth)
assert growth == {5}  # the same amount, every step, for ever
