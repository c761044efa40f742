import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)  # created by you
c = torch.tensor([3.0, 4.0])                      # created by you
y = x * c                                         # result of an operation
layer = torch.nn.Linear(2, 1)                     # its weight and bias

tensors = {"x": x, "c": c, "y": y, "layer.weight": layer.weight}
for name, t in tensors.items():
    fn = type(t.grad_fn).__name__ if t.grad_fn else None
    print(f"{name:13} is_leaf={t.is_leaf!s:5} "
          f"requires_grad={t.requires_grad!s:5} grad_fn={fn}")

# A result that required no grad is a leaf too: it has no history to record.
print("(c * 2).is_leaf:", (c * 2).is_leaf)
assert x.is_leaf and not y.is_leaf and layer.weight.is_leaf
assert (c * 2).is_leaf
# Leaves have no grad_fn: nothing recorded made them.
assert x.grad_fn is None and layer.weight.grad_fn is None
assert y.grad_fn is not None
