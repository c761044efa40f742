"""A reader who downloads an example and runs it gets what the page shows: a sample of the
examples, run as plain `python file.py` in an empty folder (a fresh interpreter, its own random
hash seed, no engine), print exactly their baked output."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from snipbake.capture import normalise
from snipbake.examples import discover
from tests.conftest import ROOT

SAMPLE = 12


def _eligible(ex) -> bool:
    return ex.runs_on("cpu") and not (ex.varies or ex.notebook or ex.problems or ex.alone)


# A fixed, spread-out sample (by a hash of the path), the same on every machine.
EXAMPLES = sorted(
    (e for e in discover(ROOT) if _eligible(e)),
    key=lambda e: hashlib.sha256(e.rel.encode()).hexdigest(),
)[:SAMPLE]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.rel for e in EXAMPLES])
def test_a_downloaded_example_prints_what_the_page_shows(example, baked, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    proc = subprocess.run(
        [sys.executable, str(example.path)],
        cwd=tmp_path,
        env={**env, "MPLBACKEND": "Agg"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=300,
    )
    printed = normalise(proc.stdout.decode("utf-8", "replace"), ROOT, (str(tmp_path),))
    assert proc.returncode == 0, f"{example.rel} fails as a plain script:\n{printed[-2000:]}"
    assert printed == baked.results[example.rel].output, (
        f"{example.rel}: `python {example.rel}` prints something else than the page shows"
    )
