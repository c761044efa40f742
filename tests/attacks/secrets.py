# Read the environment and any process's (2e): no token may be there.
import os
from pathlib import Path

print("env:", sorted(os.environ))
print("own start-up env:", Path("/proc/self/environ").read_bytes().count(b"\0"), "entries")
print("token in own env:", b"ghp_CANARY" in Path("/proc/self/environ").read_bytes())
seen = []
for p in Path("/proc").iterdir():
    if p.name.isdigit():
        try:
            if b"ghp_CANARY" in (p / "environ").read_bytes():
                seen.append(p.name)
        except OSError:
            pass
print("processes showing the token:", seen)
