import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(50, 30), nn.ReLU(), nn.Linear(30, 3))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(32, 50), torch.randint(0, 3, (32,))

with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    logits = model(x)  # the matrix products run in bfloat16
    loss = nn.functional.cross_entropy(logits, y)  # kept in float32
optimizer.zero_grad()
loss.backward()  # outside the autocast block
optimizer.step()

weight = model[0].weight
print("inside autocast: logits", logits.dtype, "| loss", loss.dtype)
print("parameters:", weight.dtype, "| gradients:", weight.grad.dtype)
assert logits.dtype == torch.bfloat16 and loss.dtype == torch.float32
assert weight.dtype == weight.grad.dtype == torch.float32

with torch.no_grad():  # the same forward pass, with and without autocast
    out32 = model(x)
    with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
        out16 = model(x)
same = torch.equal(out16.float(), out32)
close = torch.allclose(out16.float(), out32, atol=0.05)
print(f"bfloat16 logits equal float32 ones: {same} | within 0.05: {close}")
assert not same and close  # fewer mantissa bits: close, not equal
