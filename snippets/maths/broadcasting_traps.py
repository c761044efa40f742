import textwrap
import warnings

import torch

# Predictions of shape (N, 1) minus targets of shape (N,): no error, ...
pred = torch.tensor([[1.0], [2.0], [3.0], [4.0]])   # (4, 1)
target = torch.tensor([1.0, 2.0, 3.0, 4.0])         # (4,)
diff = pred - target
print("(4, 1) - (4,) ->", tuple(diff.shape))        # ... but (4, 4)!
assert diff.shape == (4, 4)
print("mean squared error:", (diff**2).mean().item(), "(should be 0)")
assert (pred.squeeze(1) - target).pow(2).mean() == 0  # fixed

# nn.MSELoss computes the same wrong number, with a warning.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss = torch.nn.MSELoss()(pred, target)
print(textwrap.fill(f"UserWarning: {caught[0].message}", 79))
assert issubclass(caught[0].category, UserWarning)
assert loss == (diff**2).mean()

# In place, the left operand cannot grow to the broadcast shape.
a = torch.ones(1, 3)
try:
    a += torch.ones(3, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
else:
    raise AssertionError("a += (3, 3) should have raised")
print("a + (3, 3) out of place ->", tuple((a + torch.ones(3, 3)).shape))
