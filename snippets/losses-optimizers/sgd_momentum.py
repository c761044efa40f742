import torch

w = torch.tensor([0.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1, momentum=0.9)

v = torch.zeros(1)  # the velocity, tracked by hand alongside
for step in range(1, 4):
    optimizer.zero_grad()
    (2.0 * w).sum().backward()  # constant gradient: 2
    optimizer.step()
    v = 0.9 * v + w.grad  # buffer = momentum * buffer + grad
    buf = optimizer.state[w]["momentum_buffer"]
    print(f"step {step}: momentum_buffer={buf.item():.2f}  w={w.item():.3f}")
    assert torch.allclose(buf, v)

# Plain SGD would be at 3 * (-0.1 * 2) = -0.6; momentum went further.
assert w.item() < -0.6
