import textwrap

import torch

x = torch.tensor([1.0, 4.0, 7.0])
try:
    (x >= 2) and (x <= 6)  # Python's `and` wants ONE True/False
except RuntimeError as e:
    print("RuntimeError:", e)
else:
    raise AssertionError("`and` on tensors should have raised")
print("&:", (x >= 2) & (x <= 6))   # element-wise and
print("|:", (x < 2) | (x > 6))     # element-wise or
print("~:", ~(x > 6))              # element-wise not
assert ((x >= 2) & (x <= 6)).tolist() == [False, True, False]

# Without parentheses, & binds first: x >= (2 & x) <= 6, an error for
# floats, and for integers the same error as `and` above.
for v in (x, torch.tensor([1, 4, 7])):
    try:
        in_range = v >= 2 & v <= 6
    except (NotImplementedError, RuntimeError) as e:
        print(textwrap.fill(f"{v.dtype}: {type(e).__name__}: {e}", 79))
    else:
        raise AssertionError("v >= 2 & v <= 6 should have raised")
