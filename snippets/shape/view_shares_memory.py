import torch


def same_memory(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


t = torch.arange(6)
v = t.view(2, 3)   # a new shape over the same six numbers
v[0, 0] = 100      # write through the view ...
print(t)           # ... and the original sees it
assert same_memory(t, v) and t[0] == 100
