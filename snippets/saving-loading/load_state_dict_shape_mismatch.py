import textwrap

import torch
from torch import nn

torch.manual_seed(0)
old = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))  # 3 classes
sd = old.state_dict()
new = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 5))  # 5 classes

try:
    new.load_state_dict(sd, strict=False)  # same keys, other head shapes
except RuntimeError as e:
    lines = str(e).splitlines()
    print("RuntimeError:", lines[0])
    for reason in lines[1:]:  # one line per mismatch, wrapped for the page
        print(textwrap.fill(reason.strip(), 79, initial_indent="  ",
                            subsequent_indent="  "))
else:
    raise AssertionError("a shape mismatch should raise, even non-strict")
# It raised only after copying every tensor whose shape did match:
print("first layer loaded anyway:", torch.equal(new[0].weight, old[0].weight))
assert torch.equal(new[0].weight, old[0].weight)

# To reuse the body with a new head: drop the mismatched keys first.
own = new.state_dict()
body = {k: v for k, v in sd.items() if v.shape == own[k].shape}
report = new.load_state_dict(body, strict=False)
print(report)
assert report.missing_keys == ["2.weight", "2.bias"]
