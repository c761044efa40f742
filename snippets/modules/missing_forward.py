import torch
from torch import nn


class Forgot(nn.Module):  # builds a layer, never says what to compute
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)


try:
    Forgot()(torch.zeros(1, 2))
except NotImplementedError as e:
    print("NotImplementedError:", e)
else:
    raise AssertionError("calling Forgot() should have raised")
