import torch

t = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])

best = t.max(dim=1)             # values AND where they are
print(best)
values, indices = best          # a named tuple: unpack it
print("argmax agrees:", torch.equal(indices, t.argmax(dim=1)))

print(t.amax(dim=1))            # values only
print(t.amax(dim=(0, 1)))       # several dims at once
print(t.max())                  # no dim: one value, no indices
