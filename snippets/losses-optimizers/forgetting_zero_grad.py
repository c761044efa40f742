import torch

w = torch.tensor([1.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)

(3 * w).sum().backward()  # batch 1: gradient 3
optimizer.step()
print("after step 1: grad =", w.grad.item(), " w =", round(w.item(), 4))

# No zero_grad here: backward ADDS the new gradient to the old one.
(3 * w).sum().backward()  # batch 2: gradient 3 again
print("grad used by step 2:", w.grad.item())  # 6, not 3
optimizer.step()
print("after step 2: w =", round(w.item(), 4), " (with zero_grad: 0.4)")
assert w.grad.item() == 6.0 and abs(w.item() - 0.1) < 1e-6
