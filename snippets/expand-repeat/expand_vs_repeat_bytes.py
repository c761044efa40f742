import torch

row = torch.ones(1, 1000)  # 1000 float32 = 4,000 bytes

print(f"{'rows':>6} {'expand bytes':>13} {'repeat bytes':>13}")
for n in (1, 10, 100, 1000):
    e = row.expand(n, -1)
    r = row.repeat(n, 1)
    eb = e.untyped_storage().nbytes()
    rb = r.untyped_storage().nbytes()
    print(f"{n:>6} {eb:>13,} {rb:>13,}")
    assert eb == row.nbytes and rb == n * row.nbytes
