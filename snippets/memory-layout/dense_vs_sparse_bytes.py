import torch

torch.manual_seed(0)
n = 1000  # a 1000 x 1000 float32 matrix
where = torch.randperm(n * n)  # random positions for the non-zeros


def coo_bytes(s):
    return s.indices().nbytes + s.values().nbytes


print(f"{'density':>8} {'dense bytes':>12} {'COO bytes':>11}")
coo = {}
for density in (0.001, 0.01, 0.1, 0.2, 0.5):
    dense = torch.zeros(n, n)
    dense.view(-1)[where[: int(density * n * n)]] = 1.0
    sparse = dense.to_sparse()
    coo[density] = coo_bytes(sparse)
    print(f"{density:>8.1%} {dense.nbytes:>12,} {coo[density]:>11,}")

# Dense: one contiguous block for all n*n elements, zeros included.
# COO: per non-zero, 2 int64 indices (16 bytes) + one float32 (4 bytes).
assert dense.untyped_storage().nbytes() == n * n * 4
nnz = sparse.values().numel()
assert coo_bytes(sparse) == nnz * (2 * 8 + 4)
assert coo[0.2] == dense.nbytes and coo[0.5] == 2.5 * dense.nbytes
print("COO saves memory below 4 / (16 + 4) =", f"{4 / 20:.0%}", "density")
