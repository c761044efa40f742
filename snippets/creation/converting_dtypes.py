import torch

x = torch.tensor([-2.7, -0.5, 0.5, 2.7])
print("to(float64):", x.to(torch.float64))
print("double()   :", x.double())
print("long()     :", x.long())  # float -> int truncates toward zero
print("type(int32):", x.type(torch.int32))
print("type()     :", x.type())  # no argument: the type's name
assert x.long().tolist() == [-2, 0, 0, 2]
assert torch.equal(x.double(), x.to(torch.float64))
assert torch.equal(x.type(torch.int32), x.to(torch.int32))

# A conversion returns a new tensor; x itself is unchanged.
assert x.dtype == torch.float32
# Converting to the dtype it already has costs nothing: same object.
assert x.to(torch.float32) is x and x.float() is x
