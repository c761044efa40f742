from torch import nn

bn = nn.BatchNorm1d(3)
print("parameters:", [name for name, _ in bn.named_parameters()])
print("buffers:   ", [name for name, _ in bn.named_buffers()])
for name, b in bn.named_buffers():
    print(f"  {name:19} {b}")
print("state_dict:", list(bn.state_dict().keys()))
assert [name for name, _ in bn.named_parameters()] == ["weight", "bias"]
assert [name for name, _ in bn.named_buffers()] == [
    "running_mean", "running_var", "num_batches_tracked"]
assert list(bn.state_dict()) == ["weight", "bias", "running_mean",
                                 "running_var", "num_batches_tracked"]
