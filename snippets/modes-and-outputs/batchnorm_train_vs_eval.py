import torch
from torch import nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(1)  # momentum=0.1 by default
x = 5 + 2 * torch.randn(8, 1)  # one feature: mean about 5, std about 2

out = bn(x)  # train mode: normalize with THIS batch's mean and variance
print(f"train: output mean {out.mean():+.3f}, std {out.std(correction=0):.3f}")
print(f"       running_mean {bn.running_mean.item():.3f}"
      f" (= 0.9 * 0 + 0.1 * {x.mean():.3f})")
assert torch.allclose(bn.running_mean, 0.1 * x.mean(0))
# running_var uses the UNBIASED batch variance (divides by n - 1) ...
unbiased, biased = x.var(0, correction=1), x.var(0, correction=0)
print(f"       running_var  {bn.running_var.item():.3f}"
      f" (= 0.9 * 1 + 0.1 * {unbiased.item():.3f}, the unbiased variance)")
assert torch.allclose(bn.running_var, 0.9 + 0.1 * unbiased)
# ... while the batch itself was normalised with the biased one.
assert torch.allclose(out, (x - x.mean(0)) / (biased + bn.eps).sqrt(),
                      atol=1e-6)

bn.eval()  # eval mode: normalize with the running statistics instead
before = bn.running_mean.clone()
out = bn(x)
print(f"eval:  output mean {out.mean():+.3f}, std {out.std(correction=0):.3f}")
print(f"       running_mean {bn.running_mean.item():.3f} (not updated)")
assert torch.equal(before, bn.running_mean)
