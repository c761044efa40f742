import textwrap

import torch

w = torch.ones(3, requires_grad=True)
try:
    w.numpy()
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))
else:
    raise AssertionError("w.numpy() should have raised RuntimeError")

# detach() gives a tensor outside autograd, sharing the same memory.
print(w.detach().numpy())
assert w.detach().data_ptr() == w.data_ptr()

# numpy(force=True) does detach().cpu()... for you; it copies only
# when it must (off the CPU), so here the memory is still shared.
forced = w.numpy(force=True)
print(forced)
assert forced.ctypes.data == w.data_ptr()
