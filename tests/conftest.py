"""Shared fixtures: the repository root, and one bake of every example per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

# Broken-on-purpose examples for test_engine.py: run by the engine, never imported by pytest.
collect_ignore = ["engine_cases"]


@pytest.fixture(scope="session")
def baked():
    """Bake every example (cached; a lock makes pytest-xdist workers share one bake).

    Examples that actually run here run twice, and output that differs fails them."""
    from snipbake.bake import bake

    return bake(ROOT, check_determinism=True, log=lambda msg: None)
