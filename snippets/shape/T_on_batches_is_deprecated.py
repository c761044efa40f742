import textwrap
import warnings

import torch

torch.set_warn_always(True)  # else PyTorch warns only once per process


def transpose(t):  # t.T, and the warning it raised (or None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = t.T
    return result, (caught[0] if caught else None)


batch = torch.zeros(5, 2, 3)  # five 2x3 matrices
reversed_dims, warning = transpose(batch)
print(".T  ->", reversed_dims.shape, "(all dims reversed)")
print(".mT ->", batch.mT.shape, "(each matrix transposed)")
assert reversed_dims.shape == (3, 2, 5) and batch.mT.shape == (5, 3, 2)

# The warning's first sentence (the rest suggests .mT or permute):
first = str(warning.message).split(". ")[0] + "."
print(textwrap.fill(f"UserWarning: {first}", 79))
assert issubclass(warning.category, UserWarning)

# 0-D and 1-D warn too; only 2-D is silent.
for t in (torch.tensor(1.0), torch.zeros(3), torch.zeros(2, 3), batch):
    warns = transpose(t)[1] is not None
    print(f"{t.ndim}-D .T warns: {warns}")
    assert warns == (t.ndim != 2)
