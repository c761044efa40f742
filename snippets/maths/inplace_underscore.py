import torch

x = torch.tensor([1.0, -2.0, 3.0])
y = x.add(1)          # out of place: a new tensor, x unchanged
print("x.add(1)  ->", y, "| x:", x)
assert x.tolist() == [1.0, -2.0, 3.0]

r = x.add_(1)         # trailing underscore: modifies x itself ...
print("x.add_(1) ->", x)
assert r is x         # ... and returns x, so calls can chain
assert x.tolist() == [2.0, -1.0, 4.0]

print("mul_(2)   ->", x.mul_(2))
print("clamp_    ->", x.clamp_(min=0, max=5))
print("zero_()   ->", x.zero_())
assert x.sum() == 0
