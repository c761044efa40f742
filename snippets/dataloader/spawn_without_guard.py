# bake: timeout=120 alone
import re
import subprocess
import sys
import textwrap
from pathlib import Path

# A script with its DataLoader at module level, no `if __name__ == ...`.
# multiprocessing_context="spawn" starts the worker as macOS and Windows
# do by default, so this runs the same on every machine.
SCRIPT = """\
from torch.utils.data import DataLoader

print("running the script as", __name__)
loader = DataLoader(range(4), batch_size=2, num_workers=1,
                    multiprocessing_context="spawn")
print("batches:", [batch.tolist() for batch in loader])
"""
Path("train.py").write_text(SCRIPT)
run = subprocess.run([sys.executable, "-u", "train.py"],  # -u: unbuffered
                     capture_output=True, text=True, timeout=100)

print(run.stdout, end="")
err = " ".join(run.stderr.split())  # one line, single spaces
worker = re.search(r"An attempt has been made .*? phase\.", err)
print(textwrap.fill("in the worker: " + worker.group(), 79))
for line in run.stderr.splitlines():  # what the main process raised
    if line.startswith("RuntimeError: DataLoader worker"):
        line = re.sub(r"(pid(?:\(s\))?) \d+", r"\1 N", line)  # ids vary
        print(textwrap.fill(line, 79, subsequent_indent="  "))
print("exit code:", run.returncode)
assert "running the script as __mp_main__" in run.stdout  # the re-run
assert run.returncode != 0 and "exited unexpectedly" in run.stderr
