import torch

torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(256, 256), torch.nn.ReLU(),
    torch.nn.Linear(256, 256), torch.nn.ReLU(),
    torch.nn.Linear(256, 10),
)
x = torch.randn(64, 256)
params = {p.data_ptr() for p in model.parameters()} | {x.data_ptr()}
saved = {}  # tensors autograd keeps alive for the backward pass


def pack(t):
    if t.data_ptr() not in params:  # weights and x exist anyway
        saved[t.data_ptr()] = t.numel() * t.element_size()
    return t


with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
    out = model(x)
    print(f"grad enabled: {len(saved)} activations kept, "
          f"{sum(saved.values()) // 1024} KiB")
    relu_output = 64 * 256 * 4  # bytes of one ReLU output (float32)
    assert sorted(saved.values()) == [relu_output, relu_output]
    saved.clear()
    with torch.no_grad():
        out = model(x)
    print(f"no_grad     : {len(saved)} activations kept, "
          f"{sum(saved.values()) // 1024} KiB")
    assert saved == {}
