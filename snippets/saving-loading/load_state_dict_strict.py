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
else:
    raise AssertionError("a strict load with missing keys should raise")

# strict=False loads what matches and returns what did not.
report = new.load_state_dict(sd, strict=False)
print(report)
assert report.missing_keys == ["4.weight", "4.bias"]
assert torch.equal(new[0].weight, old[0].weight)  # matching keys were loaded

body = nn.Sequential(nn.Linear(4, 8))  # a smaller model: keys left over
report = body.load_state_dict(sd, strict=False)
print(report)
assert report.unexpected_keys == ["2.weight", "2.bias"]
