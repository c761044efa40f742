import textwrap

import torch

# Written with integers, so PyTorch makes an int64 tensor.
heights = torch.tensor([170, 182, 165])
assert heights.dtype == torch.int64

# Some operations quietly promote to float ...
print("heights / 100  :", heights / 100)
print("heights.sqrt() :", heights.sqrt().dtype)
assert (heights / 100).dtype == heights.sqrt().dtype == torch.float32


# ... others refuse: a reduction, an in-place op, and autograd.
def refuses(code, action):
    try:
        action()
    except RuntimeError as e:
        print(textwrap.fill(f"{code}: RuntimeError: {e}", 79))
    else:
        raise AssertionError(f"{code} should have raised RuntimeError")


refuses("heights.mean()", lambda: heights.mean())
refuses("heights.mul_(0.01)", lambda: heights.mul_(0.01))
refuses("requires_grad", lambda: torch.tensor([170], requires_grad=True))

# Saying what you mean avoids all three.
heights = torch.tensor([170, 182, 165], dtype=torch.float32)
print(heights.mean())
print(heights.mul_(0.01))
