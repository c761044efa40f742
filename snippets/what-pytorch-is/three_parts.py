import torch

# 1. A tensor library: n-dimensional arrays with fast maths, CPU or GPU.
x = torch.tensor([1.0, 2.0, 3.0])
print("tensor:", x * 2)

# 2. An automatic differentiation engine: it records operations
#    and computes gradients.
w = torch.tensor(2.0, requires_grad=True)
loss = (w * x).sum() ** 2  # (2+4+6)^2 = 144
loss.backward()
print("d loss / d w:", w.grad)  # 2 * 12 * (1+2+3) = 144

# 3. Deep-learning utilities built on both: layers, losses,
#    optimisers, data loading.
layer = torch.nn.Linear(in_features=3, out_features=1)
print("layer:", layer)

assert torch.equal(x * 2, torch.tensor([2.0, 4.0, 6.0]))
assert w.grad.item() == 144.0  # the hand-derived value
assert layer(x).shape == (1,)   # the layer runs on the tensor
