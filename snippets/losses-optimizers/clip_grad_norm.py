import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
(100 * model(torch.randn(16, 4))).pow(2).mean().backward()  # huge grads


def total_norm(grads):  # all gradients as one long vector
    return torch.cat([g.flatten() for g in grads]).norm()


before = [p.grad.clone() for p in model.parameters()]
norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
after = [p.grad for p in model.parameters()]
print(f"total norm before: {norm:.1f} (returned by clip_grad_norm_)")
print(f"total norm after : {total_norm(after):.4f}")
assert torch.allclose(norm, total_norm(before))
assert torch.allclose(total_norm(after), torch.tensor(1.0), atol=1e-4)

# Every gradient was scaled by the same factor, 1 / norm: same direction.
same_direction = all(torch.allclose(a, b / norm, atol=1e-6)
                     for a, b in zip(after, before, strict=True))
print("every gradient scaled by 1 / norm:", same_direction)
assert same_direction
