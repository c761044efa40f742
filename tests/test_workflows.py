"""The CI workflow is valid (GitHub's schema), passes zizmor's security audit with no finding
(offline), and keeps the rules that no generic audit knows: the persistent GPU runner runs only
code a maintainer labelled, and CI runs the README's `make test`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads a bare `on:` key as True
    return data


@pytest.fixture(scope="module")
def ci() -> dict:
    return load(ROOT / ".github" / "workflows" / "ci.yml")


def test_workflows_match_githubs_schema():
    """Against the GitHub workflow schema bundled with check-jsonschema (no network)."""
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
         *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_zizmor_finds_nothing():
    """Unpinned actions, template injection, excessive permissions, persisted credentials, ..."""
    zizmor = Path(sys.executable).with_name("zizmor")
    proc = subprocess.run(
        [str(zizmor), "--offline", "--no-progress", "--format", "plain", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_gpu_runner_runs_only_a_commit_a_maintainer_labelled(ci):
    job = ci["jobs"]["cuda"]
    assert {"self-hosted", "gpu"} <= set(job["runs-on"])
    condition = " ".join(job["if"].split())
    # pull requests only at the moment a maintainer adds the label, never on later pushes
    assert "github.event.action == 'labeled'" in condition
    assert "github.event.label.name == 'run-gpu'" in condition
    assert "synchronize" not in condition and "labels.*" not in condition
    assert "pull_request_target" not in ci["on"]
    assert job["permissions"] == {"contents": "read"}


def test_ci_runs_the_readme_test_command(ci):
    steps = "\n".join(str(s.get("run", "")) for s in ci["jobs"]["test"]["steps"])
    assert "make test\n" in steps + "\n"
    assert (ROOT / ".ci" / "run").read_text().count("make test") == 1
    assert "make test" in (ROOT / "README.md").read_text()


def test_only_deploy_may_write_and_only_from_main(ci):
    for name, job in ci["jobs"].items():
        assert isinstance(job.get("timeout-minutes"), int), f"job {name} has no timeout"
        writes = {p for p, level in (job.get("permissions") or {}).items() if level == "write"}
        assert not writes or (name == "deploy" and writes == {"pages", "id-token"}), name
    assert ci["permissions"] == {"contents": "read"}
    assert "refs/heads/main" in ci["jobs"]["deploy"]["if"]
