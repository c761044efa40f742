import torch
from torch import nn


class Everything(nn.Module):
    def __init__(self):
        super().__init__()
        self.param = nn.Parameter(torch.ones(1))
        self.plist = nn.ParameterList([torch.ones(1)])
        self.mlist = nn.ModuleList([nn.Linear(1, 1)])
        self.register_buffer("buf", torch.ones(1))
        self.register_buffer("tmp", torch.ones(1), persistent=False)
        self.plain = torch.ones(1)
        self.pylist = [nn.Parameter(torch.ones(1))]


m = Everything().to(torch.float64)
kinds = {
    "param": m.param, "plist[0]": m.plist[0],
    "mlist[0].weight": m.mlist[0].weight,
    "buf": m.buf, "tmp (persistent=False)": m.tmp,
    "plain": m.plain, "pylist[0]": m.pylist[0],
}
saved = m.state_dict(keep_vars=True).values()

table = {}
print(f"{'':22} {'parameters()':>12} {'.to()':>6} {'state_dict':>10}")
for name, t in kinds.items():
    is_param = any(t is p for p in m.parameters())
    moved = t.dtype == torch.float64
    is_saved = any(t is s for s in saved)
    table[name] = (is_param, moved, is_saved)
    print(f"{name:22} {is_param!s:>12} {moved!s:>6} {is_saved!s:>10}")

T, F = True, False
assert table == {  # (parameters(), converted by .to(), in state_dict)
    "param": (T, T, T), "plist[0]": (T, T, T), "mlist[0].weight": (T, T, T),
    "buf": (F, T, T), "tmp (persistent=False)": (F, T, F),
    "plain": (F, F, F), "pylist[0]": (F, F, F),
}
