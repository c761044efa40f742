import torch

t = torch.arange(12).view(3, 4)
print(t)
print("t[0]        :", t[0])         # first row
print("t[-1]       :", t[-1])        # last row
print("t[1, 2]     :", t[1, 2])      # one element (a 0-d tensor)
print("t[:2, -1]   :", t[:2, -1])    # first two rows, last column
print("t[:, ::2]   :", t[:, ::2].tolist())  # every other column
print("t[..., 0]   :", t[..., 0])    # ...: all leading dims
print("t[:, None]  :", t[:, None].shape)    # None adds a dim of size 1
assert t[-1].tolist() == [8, 9, 10, 11] and t[1, 2].ndim == 0
assert t[1, 2].item() == 6 and t[:2, -1].tolist() == [3, 7]
assert torch.equal(t[..., 0], t[:, 0]) and t[:, None].shape == (3, 1, 4)
