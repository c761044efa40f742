import pickle
import re
import textwrap

import torch
from torch import nn


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)

    def forward(self, x):
        return self.fc(x)


torch.save(TinyNet(), "whole.pt")  # pickles the object and its class name

try:
    torch.load("whole.pt")  # weights_only=True by default since torch 2.6
except pickle.UnpicklingError as e:
    lines = [re.sub(r"\x1b\[\d+m", "", s) for s in str(e).splitlines()]
    why = next(s for s in lines if "Unsupported global" in s)
    # The first of many lines, then the reason (wrapped to fit the page):
    print(textwrap.fill("UnpicklingError: " + lines[0].strip(), 79))
    print(textwrap.fill(why.strip().split(". ")[0], 79))
    assert "__main__.TinyNet" in why
else:
    raise AssertionError("the default torch.load should refuse a class")

# Allowed for a file you trust: full unpickling, which can run any code.
model = torch.load("whole.pt", weights_only=False)
print("loaded:", type(model).__name__)
assert isinstance(model, TinyNet)

del TinyNet  # the class is gone (renamed, moved, not imported) ...
try:
    torch.load("whole.pt", weights_only=False)
except AttributeError as e:
    # ... and the pickle cannot be rebuilt
    print("AttributeError:", str(e).split(" on ")[0])
else:
    raise AssertionError("loading without the class should fail")
