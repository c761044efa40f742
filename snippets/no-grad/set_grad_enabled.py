import torch

x = torch.tensor(1.0, requires_grad=True)

for training in (True, False):
    with torch.set_grad_enabled(training):  # a flag, unlike no_grad
        y = x * 2
    print(f"set_grad_enabled({training}): y.requires_grad =",
          y.requires_grad)

torch.set_grad_enabled(False)  # called as a plain function: global switch
print("is_grad_enabled():", torch.is_grad_enabled())
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
