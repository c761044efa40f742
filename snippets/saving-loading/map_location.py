import textwrap

import torch
from torch import nn

torch.manual_seed(0)
torch.save(nn.Linear(4, 2).state_dict(), "weights.pt")

# Every tensor in the file is tagged with the device it was saved from;
# a map_location function sees the tags (returning None changes nothing).
tags = []
torch.load("weights.pt", map_location=lambda storage, tag: tags.append(tag))
print("location tags in this file:", tags)
assert tags == ["cpu", "cpu"]  # a file saved from a GPU has "cuda:0"

# A GPU-saved file asks torch.load for "cuda:0". Remapping this file's
# "cpu" tags to "cuda:0" makes torch.load take that same path:
if torch.cuda.is_available():
    sd = torch.load("weights.pt", map_location={"cpu": "cuda:0"})
    print("restored on", sd["weight"].device)
else:
    try:
        torch.load("weights.pt", map_location={"cpu": "cuda:0"})
    except RuntimeError as e:
        print(textwrap.fill(f"RuntimeError: {e}", 79))
    else:
        raise AssertionError("cuda:0 should fail on a CPU-only machine")

# The fix: send every tensor to a device this machine has.
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
sd = torch.load("weights.pt", map_location=device)
print("with map_location=device:", {k: str(v.device) for k, v in sd.items()})
assert all(v.device.type == device.type for v in sd.values())
