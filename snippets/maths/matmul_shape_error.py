import torch

x = torch.ones(2, 3)
w = torch.ones(2, 3)
try:
    x @ w  # (2, 3) @ (2, 3): inner sizes 3 and 2 differ
except RuntimeError as e:
    print("RuntimeError:", e)
else:
    raise AssertionError("(2, 3) @ (2, 3) should have raised")

print((x @ w.T).shape)  # (2, 3) @ (3, 2) -> (2, 2)
assert (x @ w.T).shape == (2, 2)

try:
    x.dot(x)  # dot is for 1-D tensors only
except RuntimeError as e:
    print("RuntimeError:", e)
else:
    raise AssertionError("dot of 2-D tensors should have raised")

# Extra leading dims are a batch: (5, 4, 3) @ (3, 2) -> (5, 4, 2),
# which is what nn.Linear(3, 2) does to a (5, 4, 3) input.
batch = torch.ones(5, 4, 3)
print((batch @ w.T).shape)
assert (batch @ w.T).shape == torch.nn.Linear(3, 2)(batch).shape == (5, 4, 2)
