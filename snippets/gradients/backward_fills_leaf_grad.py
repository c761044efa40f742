import textwrap
import warnings

import torch

x = torch.tensor(3.0, requires_grad=True)  # leaf
y = x * 2                                  # non-leaf (has a grad_fn)
z = y * y                                  # z = 4x^2

z.backward()
print("x.grad:", x.grad)  # dz/dx = 8x = 24

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y_grad = y.grad  # not kept: y is not a leaf
print("y.grad:", y_grad)
assert caught and caught[0].category is UserWarning
first = str(caught[0].message).split(". ")[0] + "."  # first sentence
print(textwrap.fill(f"UserWarning: {first}", 79))
assert x.grad == 24 and y_grad is None
