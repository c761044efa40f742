import random

import numpy as np
import torch

print(torch.rand(3), np.random.rand(2), random.random())
