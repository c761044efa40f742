import torch

torch.manual_seed(0)
inp, m1, m2 = torch.randn(2, 2), torch.randn(2, 3), torch.randn(3, 2)

# torch.addmm(input, mat1, mat2, *, beta=1, alpha=1) computes
#   beta * input + alpha * (mat1 @ mat2)      in one fused operation
out = torch.addmm(inp, m1, m2, beta=0.5, alpha=3.0)
same = torch.allclose(out, 0.5 * inp + 3.0 * (m1 @ m2))
print("addmm == beta*input + alpha*(mat1 @ mat2):", same)

# nn.Linear on a batch is addmm with beta = alpha = 1
layer = torch.nn.Linear(3, 2)
x = torch.randn(4, 3)
same_linear = torch.allclose(
    layer(x), torch.addmm(layer.bias, x, layer.weight.T))
print("Linear(x) == addmm(bias, x, weight.T):", same_linear)
assert same and same_linear

# AddmmBackward0 has one edge per tensor argument of addmm
edges = layer(x).grad_fn.next_functions
names = [type(fn).__name__ if fn else None for fn, _ in edges]
for arg, name in zip(["bias", "x", "weight.T"], names, strict=True):
    print(f"  gradient for {arg:8} -> {name}")
assert names == ["AccumulateGrad", None, "TBackward0"]
