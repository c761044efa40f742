"""Shared fixtures: the repository root, and one bake of every example per test session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from snipbake.model import Result

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

# Broken-on-purpose examples for test_engine.py: run by the engine, never imported by pytest.
collect_ignore = ["engine_cases", "attacks", "spawn_site"]


@dataclass
class Baked:
    results: dict[str, Result]  # CPU results by example path
    cuda_results: dict[str, Result]
    failures: list[str]
    isolation: str
    run: str  # SNIPBAKE_RUN: every process of this bake carries it in its environment


def bake_cli(root: Path, *args: str, report: Path) -> Baked:
    """A bake through the command line, exactly as `make bake`, the MkDocs hook and CI run it."""
    run = uuid.uuid4().hex
    subprocess.run(
        [sys.executable, "-m", "snipbake", "bake", "--report", str(report), *args],
        cwd=root,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "SNIPBAKE_RUN": run},
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    by_dev = {
        dev: {rel: Result.from_json(r) for rel, r in results.items()}
        for dev, results in data["results"].items()
    }
    return Baked(by_dev["cpu"], by_dev["cuda"], data["failures"], data["isolation"], run)


def processes_of(run: str) -> list[int]:
    """Live processes a bake started (they carry its SNIPBAKE_RUN in their environment: forked
    ones show the bake's start-up environment, programs they exec their own)."""
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            env = Path(f"/proc/{entry.name}/environ").read_bytes().split(b"\0")
            state = Path(f"/proc/{entry.name}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if f"SNIPBAKE_RUN={run}".encode() in env and state not in "ZX":
            found.append(int(entry.name))
    return found


@pytest.fixture(scope="session")
def baked(tmp_path_factory):
    """Every example baked (cached; a lock makes pytest-xdist workers share one bake). Every
    result the tests see ran twice with the same output. With DEVICE=cuda (the GPU runner) the
    CUDA examples also run on the GPU and are recorded."""
    device = os.environ.get("DEVICE") or "cpu"
    report = tmp_path_factory.mktemp("bake") / "report.json"
    return bake_cli(ROOT, "--check-determinism", "--device", device, report=report)


@dataclass
class SiteBuild:
    path: Path
    problems: str  # MkDocs' warnings and errors when the strict build failed, else ""


@pytest.fixture(scope="session")
def site_build(tmp_path_factory, baked) -> SiteBuild:
    """The site, built once with `properdocs build --strict` (as `make site` does); or, with
    SITE=<folder>, a site built already (`make test-zensical` points it at site-zensical/)."""
    if os.environ.get("SITE"):
        return SiteBuild(ROOT / os.environ["SITE"], "")
    out = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "properdocs",
            "build",
            "--strict",
            "-f",
            "mkdocs.yml",
            "--site-dir",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    lines = [
        ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.startswith(("WARNING", "ERROR"))
    ]
    problems = "\n".join(lines[:40]) or proc.stderr[-2000:] if proc.returncode else ""
    return SiteBuild(out, problems)


@pytest.fixture(scope="session")
def site(site_build) -> Path:
    """The built site; when the build failed, tests that need it are skipped (one test,
    test_site.py::test_strict_build_passes, fails with MkDocs' messages)."""
    if site_build.problems:
        pytest.skip("the site did not build: see test_site.py::test_strict_build_passes")
    return site_build.path
