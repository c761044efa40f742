import threading

import torch

x = torch.tensor(1.0, requires_grad=True)

for training in (True, False):
    with torch.set_grad_enabled(training):  # a flag, unlike no_grad
        y = x * 2
    print(f"set_grad_enabled({training}): y.requires_grad =",
          y.requires_grad)
    assert y.requires_grad == training

torch.set_grad_enabled(False)  # called as a plain function: a switch ...
seen = []
other = threading.Thread(target=lambda: seen.append(torch.is_grad_enabled()))
other.start()
other.join()
print("is_grad_enabled(): here", torch.is_grad_enabled(),
      "| in another thread", seen[0])
assert not torch.is_grad_enabled() and seen == [True]  # ... per thread
torch.set_grad_enabled(True)   # switch it back on
print("is_grad_enabled():", torch.is_grad_enabled())

with torch.no_grad():
    with torch.enable_grad():  # re-enable inside a no_grad block
        y = x * 2
print("enable_grad inside no_grad:", y.requires_grad)
assert y.requires_grad and torch.is_grad_enabled()

try:
    torch.grad_enabled()  # the name in one note
except AttributeError as e:
    print("AttributeError:", e)
else:
    raise AssertionError("torch.grad_enabled should not exist")
