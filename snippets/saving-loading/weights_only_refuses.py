import argparse
import pickle
import re

import numpy as np
import torch

# Plain data: tensors, numbers, strings, None, containers, dtypes, devices.
plain = {"w": torch.ones(2), "epoch": 3, "name": "run-1", "tags": ("a", "b"),
         "extra": None, "dtype": torch.float16, "device": torch.device("cpu")}
torch.save(plain, "plain.pt")
print("plain data loads:", sorted(torch.load("plain.pt")))  # weights_only
assert torch.load("plain.pt")["dtype"] is torch.float16

# Two everyday values that are not plain data:
losses = [0.52, 0.47, 0.45]
args = argparse.Namespace(lr=0.01, batch_size=32)  # from a command line
for name, value in [("np.mean(losses)", np.mean(losses)),
                    ("argparse.Namespace", args)]:
    torch.save({"epoch": 3, "value": value}, "ckpt.pt")
    try:
        torch.load("ckpt.pt")
    except pickle.UnpicklingError as e:
        refused = re.search(r"GLOBAL (\S+) was not an allowed", str(e))[1]
        print(f"{name:19} {type(value).__name__:9} refused: {refused}")
    else:
        raise AssertionError(f"{name} should be refused by weights_only")

# Fix it when saving: convert to plain Python types.
torch.save({"epoch": 3, "best": float(np.mean(losses)), "args": vars(args)},
           "ckpt.pt")
fixed = torch.load("ckpt.pt")
print("converted, loads:", fixed)
assert fixed["args"] == {"lr": 0.01, "batch_size": 32}

# For an existing file you trust: allow just that class, just here.
torch.save({"args": args}, "old.pt")
with torch.serialization.safe_globals([argparse.Namespace]):
    loaded = torch.load("old.pt")["args"]
print("allow-listed:", loaded)
assert loaded == args
