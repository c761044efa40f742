import torch

t = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])

best = t.max(dim=1)             # values AND where they are
print(best)
values, indices = best          # a named tuple: unpack it
print("argmax agrees:", torch.equal(indices, t.argmax(dim=1)))
assert torch.equal(indices, t.argmax(dim=1))

print(t.amax(dim=1))            # values only
print(t.amax(dim=(0, 1)))       # several dims at once
print(t.max())                  # no dim: one value, no indices
assert torch.equal(t.amax(dim=1), values) and t.amax(dim=(0, 1)) == 6

# With a tie, the gradients differ: amax shares, max(dim) picks one.
v = torch.tensor([3.0, 3.0, 1.0], requires_grad=True)
v.amax(dim=0).backward()
print("amax     grad:", v.grad.tolist())
assert v.grad.tolist() == [0.5, 0.5, 0.0]

v.grad = None
v.max(dim=0).values.backward()
print("max(dim) grad:", v.grad.tolist())
assert v.grad.tolist() in ([1.0, 0.0, 0.0], [0.0, 1.0, 0.0])
