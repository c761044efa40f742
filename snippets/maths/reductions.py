import torch

t = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
print("sum  :", t.sum(), "| prod:", t.prod(), "| mean:", t.mean())
print("amin :", t.amin(), "| amax:", t.amax())
assert t.sum() == 21 and t.prod() == 720 and t.mean() == 3.5

# dim= says which dimension disappears.
print("sum(dim=0):", t.sum(dim=0))   # down the columns -> 3 values
print("sum(dim=1):", t.sum(dim=1))   # along the rows   -> 2 values
assert t.sum(dim=0).tolist() == [5.0, 7.0, 9.0]
assert t.sum(dim=1).tolist() == [9.0, 12.0]

# keepdim=True keeps it with size 1, ready to broadcast back.
row_sums = t.sum(dim=1, keepdim=True)
print("keepdim shape:", tuple(row_sums.shape))
print(t / row_sums)                  # each row now sums to 1
assert row_sums.shape == (2, 1)
assert torch.allclose((t / row_sums).sum(dim=1), torch.ones(2))
