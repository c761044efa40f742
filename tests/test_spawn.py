"""Downloads run on a reader's machine: an example that starts worker processes works as a plain
`python file.py` under the `spawn` start method (macOS, Windows), not only under Linux's `fork`.
Under spawn each worker re-imports the script, so the work must sit behind
`if __name__ == "__main__":` and the Dataset must be a module-level class."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from snipbake.examples import discover
from tests.conftest import ROOT

SPAWN_SITE = Path(__file__).parent / "spawn_site"  # its sitecustomize forces `spawn`


def starts_workers(path: Path) -> bool:
    """A DataLoader with num_workers other than a literal 0, or multiprocessing used directly."""
    tree = ast.parse(path.read_bytes())
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "num_workers":
            if not (isinstance(node.value, ast.Constant) and node.value.value == 0):
                return True
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            if any(n.split(".")[0] == "multiprocessing" or "multiprocessing" in n for n in names):
                return True
    return False


WORKERS = [e for e in discover(ROOT) if e.runs_on("cpu") and starts_workers(e.path)]


def test_the_spawn_check_finds_the_worker_examples():
    assert len(WORKERS) >= 5, [e.rel for e in WORKERS]


@pytest.mark.parametrize("example", WORKERS, ids=[e.rel for e in WORKERS])
def test_runs_as_a_script_under_spawn(example, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(SPAWN_SITE), "MPLBACKEND": "Agg"}
    proc = subprocess.run(
        [sys.executable, str(example.path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-12:])
    assert proc.returncode == 0, (
        f"{example.rel}: fails as a downloaded script under the `spawn` start method (macOS, "
        'Windows): put the work under `if __name__ == "__main__":` and define the Dataset '
        f"at module level.\n{tail}"
    )
