import torch

cpu = torch.device("cpu")
t = torch.ones(2, 3, device=cpu)
print("t.device          :", t.device, "| type:", t.device.type)

# .to() returns the same tensor when nothing has to change ...
print("t.to('cpu') is t  :", t.to("cpu") is t)
assert t.to("cpu") is t

# ... and a converted copy otherwise (here a new dtype on the same device).
d = t.to(torch.float64)
print("t.to(float64)     :", d.dtype, d.device, "| copy:", d is not t)
assert d.dtype == torch.float64 and d.data_ptr() != t.data_ptr()

# copy=True forces a copy even when nothing changes.
c = t.to("cpu", copy=True)
print("to(copy=True) new memory:", c.data_ptr() != t.data_ptr())
assert c.data_ptr() != t.data_ptr()

# A device is just a name: building one needs no GPU.
g = torch.device("cuda:1")
print("torch.device('cuda:1'):", g.type, "index", g.index)
assert (g.type, g.index) == ("cuda", 1)
