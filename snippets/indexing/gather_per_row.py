import torch

# Log-probabilities for 3 samples over 4 classes, and each sample's target.
logp = torch.tensor([[0.1, 0.2, 0.3, 0.4],
                     [0.6, 0.1, 0.2, 0.1],
                     [0.15, 0.25, 0.5, 0.1]]).log()
target = torch.tensor([3, 0, 2])

# gather: along dim 1, take the column named by each row's index.
picked = logp.gather(1, target.unsqueeze(1)).squeeze(1)
print("gather      :", picked)
# The same with integer arrays: one row index and one column per pick.
assert torch.equal(picked, logp[torch.arange(3), target])
# The negative log-likelihood loss is minus their mean.
nll = torch.nn.functional.nll_loss(logp, target)
print("nll_loss    :", nll)
assert torch.isclose(nll, -picked.mean())

# index_select: the same whole rows (or columns) for every position.
assert torch.equal(logp.index_select(0, torch.tensor([2, 0])), logp[[2, 0]])

# topk: the k largest per row, values and indices.
top = logp.topk(2, dim=1)
print("topk indices:", top.indices.tolist())
assert top.indices[:, 0].tolist() == logp.argmax(dim=1).tolist()
