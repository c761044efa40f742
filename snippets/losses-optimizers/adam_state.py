import torch

w = torch.tensor([1.0, 1.0], requires_grad=True)
optimizer = torch.optim.Adam([w], lr=0.01)  # betas=(0.9, 0.999)
print("state before any step:", dict(optimizer.state))
assert len(optimizer.state) == 0

(torch.tensor([100.0, 0.01]) * w).sum().backward()  # grads 100 and 0.01
optimizer.step()

state = optimizer.state[w]
print("keys:", list(state))
print("step      :", state["step"])
print("exp_avg   :", state["exp_avg"])  # (1 - 0.9) * grad
print("exp_avg_sq:", state["exp_avg_sq"])  # (1 - 0.999) * grad**2
assert torch.allclose(state["exp_avg"], 0.1 * w.grad)
assert torch.allclose(state["exp_avg_sq"], 0.001 * w.grad**2)

# After bias correction, the first step is about lr per weight,
# whatever the gradient's size: Adam rescales each weight's step.
print("change:", w.detach() - 1.0)
assert torch.allclose(w.detach(), torch.tensor([0.99, 0.99]), atol=1e-5)
