# bake: devices=cpu,cuda
import weakref

import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
MiB = 2**20
torch.manual_seed(0)
w = torch.randn(MiB // 4, device=device, requires_grad=True)  # 1 MiB


def evaluate(keep_tensor):
    """Five batches without backward(), as in a validation loop."""
    watch, total = [], 0.0
    for _ in range(5):
        h = torch.randn(MiB // 4, device=device) * w  # 1 MiB intermediate
        loss = (h**2).mean()  # ** saves h for a backward that never comes
        watch.append(weakref.ref(h))
        total = total + (loss if keep_tensor else loss.item())
    del h, loss
    alive = sum(r() is not None for r in watch)
    return total, alive


base = torch.cuda.memory_allocated()  # stays 0 without CUDA
for keep in (True, False):
    total, alive = evaluate(keep)
    extra = torch.cuda.memory_allocated() - base  # while total lives
    label = "total += loss       " if keep else "total += loss.item()"
    print(f"{label}: total is a {type(total).__name__:6}"
          f" | intermediates alive: {alive} of 5")
    if device.type == "cuda":
        print(f"{'':22}allocated while total lives: {extra / MiB:.1f} MiB")
        assert extra >= 5 * MiB if keep else extra == 0
    assert alive == (5 if keep else 0)
    assert isinstance(total, torch.Tensor if keep else float)
    del total
