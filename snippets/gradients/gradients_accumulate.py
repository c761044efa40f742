import torch

w = torch.tensor(1.0, requires_grad=True)
for step in range(3):
    loss = 5 * w        # a fresh graph each time; dloss/dw = 5
    loss.backward()     # ADDS 5 into w.grad
    print(f"after backward #{step + 1}: w.grad = {w.grad.item()}")
assert w.grad == 15  # 5 + 5 + 5: added, not overwritten

w.grad.zero_()          # reset in place: a tensor of zeros stays
print("after w.grad.zero_():", w.grad)
assert w.grad is not None and w.grad == 0
w.grad = None           # or drop it: the next backward starts afresh
print("after w.grad = None :", w.grad)

try:
    w.grad_zero_()      # the spelling in one note
except AttributeError as e:
    print("AttributeError:", e)
else:
    raise AssertionError("w.grad_zero_() should have raised AttributeError")
