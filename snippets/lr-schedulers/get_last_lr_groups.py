import math
import warnings

import torch
from torch import nn
from torch.optim.lr_scheduler import StepLR

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
optimizer = torch.optim.SGD([
    {"params": model[0].parameters(), "lr": 0.01},
    {"params": model[2].parameters(), "lr": 0.1},
])
scheduler = StepLR(optimizer, step_size=2, gamma=0.5)

for epoch in range(5):
    # One lr per param group, as a list: the values set by the last step().
    print(f"epoch {epoch}: get_last_lr() = {scheduler.get_last_lr()}")
    slow, fast = scheduler.get_last_lr()
    assert [slow, fast] == [g["lr"] for g in optimizer.param_groups]
    assert math.isclose(fast, 10 * slow)  # both scaled by the same factor
    optimizer.step()
    scheduler.step()

# get_lr() is the internal hook step() uses; called directly, it warns.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scheduler.get_lr()
print(f"{caught[0].category.__name__}: {caught[0].message}")
assert caught[0].category is UserWarning
assert "get_last_lr()" in str(caught[0].message)
