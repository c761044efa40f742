import torch


def run(inplace):
    torch.manual_seed(0)
    model = torch.nn.Sequential(
        torch.nn.Linear(64, 256),
        torch.nn.ReLU(inplace=inplace),  # overwrites Linear's output
        torch.nn.Linear(256, 1),
    )
    x = torch.randn(32, 64)
    kept = {}  # every tensor autograd keeps for backward, by address

    def pack(t):
        kept[t.data_ptr()] = t.numel() * t.element_size()
        return t

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        loss = model(x).pow(2).mean()
    loss.backward()
    return [p.grad for p in model.parameters()], sum(kept.values())


grads_in, kept_in = run(inplace=True)
grads_out, kept_out = run(inplace=False)
same = all(torch.equal(a, b)
           for a, b in zip(grads_in, grads_out, strict=True))
print("same gradients with inplace=True and False:", same)
print("bytes kept for backward: inplace", kept_in, "| out of place",
      kept_out)
assert same and kept_in == kept_out
