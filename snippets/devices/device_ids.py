import torch

# Device objects are just names: making them needs no GPU.
a = torch.device("cuda:1")
b = torch.device("cuda", 1)
print(a, "| type:", a.type, "| index:", a.index, "| same:", a == b)
assert a == b and a.type == "cuda" and a.index == 1

# "cuda" with no index means "the current CUDA device", not "cuda:0".
print(torch.device("cuda"), "index:", torch.device("cuda").index)
print(torch.device("cpu"), "index:", torch.device("cpu").index)
assert torch.device("cuda").index is None
assert torch.device("cuda") != torch.device("cuda:0")

# A bare number in a string is not a device name.
try:
    torch.device("1")
except RuntimeError as e:
    print("torch.device('1')      -> RuntimeError:", e)
else:
    raise AssertionError("torch.device('1') should have raised")
try:
    torch.cuda.device("1")  # the context manager parses it the same way
except RuntimeError as e:
    print("torch.cuda.device('1') -> RuntimeError:", e)
else:
    raise AssertionError("torch.cuda.device('1') should have raised")
