import warnings

import torch

batch = torch.zeros(5, 2, 3)  # five 2x3 matrices
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    reversed_dims = batch.T
print(".T  ->", reversed_dims.shape, "(all dims reversed)")
print(".mT ->", batch.mT.shape, "(each matrix transposed)")

# The warning's first sentence (the rest suggests .mT or permute):
print("Warning:", str(caught[0].message).split(". ")[0] + ".")
assert caught and issubclass(caught[0].category, UserWarning)
