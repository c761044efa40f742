import torch

x = torch.ones(2, 3)
y = x.T.view(6)  # line 4: a view of a non-contiguous tensor fails
