import torch

t = torch.arange(5)
try:
    t[::-1]  # fine in NumPy and for Python lists
except ValueError as e:
    print("ValueError:", e)
else:
    raise AssertionError("t[::-1] should have raised ValueError")
print(t.flip(0))  # reversing is a separate function (it copies)
assert t.flip(0).tolist() == [4, 3, 2, 1, 0]
assert t.flip(0).data_ptr() != t.data_ptr()
