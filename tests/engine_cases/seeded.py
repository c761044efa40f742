import random

import numpy as np
import torch

random.seed(0)
np.random.seed(0)
torch.manual_seed(0)
print(torch.rand(3), np.random.rand(2), random.random())
