import textwrap

import torch
from torch import nn

torch.manual_seed(0)
old = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
sd = old.state_dict()

# A new version of the model gained a layer: keys no longer match.
new = nn.Sequential(
    nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3), nn.ReLU(), nn.Linear(3, 2)
)
try:
    new.load_state_dict(sd)  # strict=True by default
except RuntimeError as e:
    print("RuntimeError:", str(e).expandtabs(4))  # it indents with a tab

# strict=False loads what matches and returns what did not.
print(new.load_state_dict(sd, strict=False))
assert torch.equal(new[0].weight, old[0].weight)  # matching keys were loaded
body = nn.Sequential(nn.Linear(4, 8))  # a smaller model: keys left over
print(body.load_state_dict(sd, strict=False))

# strict=False does not forgive a shape mismatch.
try:
    nn.Linear(4, 5).load_state_dict(old[0].state_dict(), strict=False)
except RuntimeError as e:
    reason = str(e).splitlines()[1].strip()  # wrapped to fit the page
    print(textwrap.fill("RuntimeError: " + reason, 79))
