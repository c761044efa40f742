import torch

t = torch.arange(12.0).reshape(3, 4)  # float32: 4 bytes per element
views = {
    "t": t,
    "t[:, :2] (a slice)": t[:, :2],
    "t[0].expand(1000, 4)": t[0].expand(1000, 4),
}
print(f"{'tensor':22} {'elements x 4 B':>14} {'storage bytes':>14}")
for name, v in views.items():
    print(f"{name:22} {v.numel() * 4:>14,} "
          f"{v.untyped_storage().nbytes():>14,}")

# One storage, one flat block, whatever the view reads from it:
# the slice skips cells it does not use, the expansion reads cells twice.
assert len({v.untyped_storage().data_ptr() for v in views.values()}) == 1
assert t.untyped_storage().nbytes() == t.numel() * 4
assert t[:, :2].untyped_storage().nbytes() > t[:, :2].numel() * 4
assert t[0].expand(1000, 4).untyped_storage().nbytes() < 1000 * 4 * 4
