import textwrap
import warnings

import torch
from torch.optim.lr_scheduler import StepLR


def lrs_seen_by_optimizer(scheduler_first):
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=1.0)
    scheduler = StepLR(optimizer, step_size=1, gamma=0.5)  # halve each epoch
    seen = []
    for _epoch in range(4):
        if scheduler_first:
            scheduler.step()
        seen.append(optimizer.param_groups[0]["lr"])  # lr of this update
        optimizer.step()
        if not scheduler_first:
            scheduler.step()
    return seen


right = lrs_seen_by_optimizer(False)
print("optimizer.step(), then scheduler.step():", right)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    wrong = lrs_seen_by_optimizer(True)
print("scheduler.step(), then optimizer.step():", wrong)
for w in caught:  # the real message, wrapped to fit the page
    text = f"{w.category.__name__}: {w.message}"
    print(textwrap.fill(text, 79, break_on_hyphens=False))
# The wrong order skips the schedule's first value, 1.0.
assert right[0] == 1.0 and wrong[0] == 0.5
