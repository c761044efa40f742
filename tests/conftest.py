"""Shared fixtures: the repository root, and one bake of every example per test session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

# Broken-on-purpose examples for test_engine.py: run by the engine, never imported by pytest.
collect_ignore = ["engine_cases"]


@pytest.fixture(scope="session")
def baked():
    """Bake every example (cached; a lock makes pytest-xdist workers share one bake).

    Examples that actually run here run twice, and output that differs fails them. With
    DEVICE=cuda (the GPU runner) the CUDA examples also run on the GPU and are recorded."""
    from snipbake.bake import bake

    device = os.environ.get("DEVICE") or "cpu"
    return bake(ROOT, device=device, check_determinism=True, log=lambda msg: None)


@pytest.fixture(scope="session")
def site(tmp_path_factory, baked):
    """The site, built once with `mkdocs build --strict` (as `make site` does)."""
    out = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert proc.returncode == 0, f"mkdocs build --strict failed:\n{proc.stdout}\n{proc.stderr}"
    return out
