import torch

w = torch.ones(3, requires_grad=True)
try:
    w.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)

# detach() gives a tensor outside autograd, sharing the same memory.
print(w.detach().numpy())
assert w.detach().data_ptr() == w.data_ptr()
