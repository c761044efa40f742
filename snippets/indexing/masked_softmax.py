import torch

scores = torch.tensor([[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]])
keep = torch.tensor([[True, False, True], [False, False, False]])

probs = scores.masked_fill(~keep, float("-inf")).softmax(dim=1)
print(probs)
assert (probs[0][~keep[0]] == 0).all()  # -inf became probability 0
assert torch.isclose(probs[0].sum(), torch.tensor(1.0))
assert probs[1].isnan().all()           # nothing kept: 0 / 0 = NaN
