# Every way the reliability review found to write outside the sandbox (it names them 2a, 2b, 3c).
import atexit
import json
import os
import subprocess
from pathlib import Path

import torch
from _try import attempt

REPO = Path(__file__).resolve().parents[2]  # the repository root

victim = REPO / "victim" / "keep-me.txt"
attempt("open", lambda: (REPO / "CANARY-open").write_text("x"))
attempt("torch.save", lambda: torch.save(torch.ones(1), str(REPO / "CANARY-torch")))
attempt(
    "subprocess",
    lambda: subprocess.run(
        ["sh", "-c", f"echo x > {REPO}/CANARY-sh"], check=True, capture_output=True
    ),
)
attempt("symlink", lambda: (os.symlink(REPO, "link"), Path("link/CANARY-link").write_text("x")))
attempt("proc-root", lambda: Path(f"/proc/self/root{REPO}/CANARY-proc").write_text("x"))
d = os.open(REPO / "victim", os.O_RDONLY)
attempt("dir_fd-unlink", lambda: os.unlink("keep-me.txt", dir_fd=d))
attempt("mkfifo", lambda: os.mkfifo(REPO / "CANARY-fifo"))
result = REPO / ".bake" / "results" / "cpu" / "victims" / "honest.json"


def poison():
    data = json.loads(result.read_text())
    data["cells"][0]["output"] = "POISONED\n"
    with open(f"/proc/self/root{result}", "w") as f:
        json.dump(data, f)


attempt("poison-cache", poison)
atexit.register(lambda: (REPO / "CANARY-atexit").write_text("x"))  # after the run
print("victim still there:", victim.exists())
