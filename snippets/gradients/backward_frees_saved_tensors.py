import textwrap

import torch

x = torch.tensor(2.0, requires_grad=True)
z = torch.sin(x * x)  # SinBackward0 saves its input, x * x
print("saved before backward:", z.grad_fn._saved_self)
z.backward()

# The nodes are still there after backward ...
print("after: z.grad_fn =", type(z.grad_fn).__name__, "->",
      type(z.grad_fn.next_functions[0][0]).__name__)
assert z.grad_fn is not None and z.grad_fn.next_functions
# ... but the values they saved are gone.
try:
    z.grad_fn._saved_self
except RuntimeError as e:
    first = str(e).split(". ")[0] + "."
    print(textwrap.fill(f"RuntimeError: {first}", 79))
else:
    raise AssertionError("the saved tensor should have been freed")

# A graph that saved nothing can be run backwards twice.
w = torch.tensor(2.0, requires_grad=True)
y = w + 1             # d(w + 1)/dw = 1 needs no saved value
y.backward()
y.backward()          # no retain_graph, no error
print("w + 1, two backward calls: w.grad =", w.grad)
assert w.grad == 2
