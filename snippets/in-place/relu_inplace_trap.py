import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -1.0, 0.5, 3.0])
expected = x + F.relu(x)  # out of place: what the line seems to say
print("x + relu(x)              :", expected)

x = torch.tensor([-2.0, -1.0, 0.5, 3.0])
out = x + F.relu(x, inplace=True)  # the line from note 000
print("x + relu(x, inplace=True):", out)
print("x afterwards             :", x)

# Python fetches x, then relu_ overwrites x, then + reads both operands:
# the same tensor, now relu'd. The result is relu(x) + relu(x).
assert torch.equal(out, 2 * F.relu(torch.tensor([-2.0, -1.0, 0.5, 3.0])))
