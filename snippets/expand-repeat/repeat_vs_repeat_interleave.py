import numpy as np
import torch

t = torch.tensor([1, 2])

# Tensor.repeat tiles the whole tensor, like np.tile ...
print("t.repeat(3)           :", t.repeat(3).tolist())
# ... repeat_interleave repeats each element, like np.repeat.
print("t.repeat_interleave(3):", t.repeat_interleave(3).tolist())

a = t.numpy()
assert t.repeat(3).tolist() == np.tile(a, 3).tolist()
assert t.repeat_interleave(3).tolist() == np.repeat(a, 3).tolist()

# Along a dimension: each row twice, in place (a batch with each sample
# repeated), against the whole block twice.
m = torch.tensor([[1, 2], [3, 4]])
print(m.repeat_interleave(2, dim=0))
print(m.repeat(2, 1))
assert m.repeat_interleave(2, dim=0)[:, 0].tolist() == [1, 1, 3, 3]
assert m.repeat(2, 1)[:, 0].tolist() == [1, 3, 1, 3]
for r in (m.repeat_interleave(2, dim=0), m.repeat(2, 1)):  # both copy
    assert r.untyped_storage().data_ptr() != m.untyped_storage().data_ptr()
