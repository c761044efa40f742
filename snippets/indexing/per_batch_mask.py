import torch

torch.manual_seed(0)
scores = torch.rand(3, 6).mul(10).round()  # 3 batch rows, 6 scores each
low = torch.tensor([[2.0], [5.0], [0.0]])   # one bound per row: (3, 1)
high = torch.tensor([[6.0], [9.0], [4.0]])
print(scores)

# (3, 6) >= (3, 1) broadcasts: each row compared with its own bound.
keep = (scores >= low) & (scores <= high)   # & is element-wise "and"
print(keep)
print("kept per row:", keep.sum(dim=1))
for r in range(3):  # the same as a loop over rows, without the loop
    in_row = (scores[r] >= low[r]) & (scores[r] <= high[r])
    assert torch.equal(keep[r], in_row)

# Hide the rest, keeping the shape (e.g. before a softmax):
hidden = scores.masked_fill(~keep, float("-inf"))
print(hidden)
assert hidden.shape == scores.shape and torch.equal(hidden[keep], scores[keep])
