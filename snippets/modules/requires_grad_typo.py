from torch import nn

layer = nn.Linear(3, 1)
for p in layer.parameters():
    p.requiers_grad = False  # typo: a new attribute, silently accepted
print("after the typo: requires_grad =",
      [p.requires_grad for p in layer.parameters()])
assert all(p.requires_grad for p in layer.parameters())  # still trainable

for p in layer.parameters():
    p.requires_grad = False  # the real attribute
print("after the fix:  requires_grad =",
      [p.requires_grad for p in layer.parameters()])
assert not any(p.requires_grad for p in layer.parameters())
