import random

import numpy as np
import torch

# No seeds: a plain `python` run prints new numbers every time, so must the engine.
print(torch.rand(3), np.random.rand(2), random.random())
