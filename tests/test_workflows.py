"""The CI workflows parse and keep their rules: least privilege, no untrusted code on the GPU
runner, timeouts everywhere, superseded runs cancelled, sharded bake, Pages deploy from main."""

from __future__ import annotations

import re
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


def steps_text(job: dict) -> str:
    return "\n".join(
        str(s.get("run", "")) + " " + str(s.get("uses", "")) for s in job.get("steps", [])
    )


def test_there_is_a_ci_workflow():
    assert [w.name for w in WORKFLOWS] == ["ci.yml"]


def test_workflows_match_githubs_schema():
    """Against the GitHub workflow schema bundled with check-jsonschema (no network)."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            *map(str, WORKFLOWS),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_rules(path):
    text = path.read_text(encoding="utf-8")
    wf = load(path)
    assert "pull_request_target" not in wf["on"], f"{path.name}: never pull_request_target"
    assert wf.get("permissions") == {"contents": "read"}, f"{path.name}: least-privilege default"
    assert wf["concurrency"]["cancel-in-progress"] is True
    for name, job in wf["jobs"].items():
        assert isinstance(job.get("timeout-minutes"), int), (
            f"{path.name}: job {name} has no timeout"
        )
        for perm, level in (job.get("permissions") or {}).items():
            if level == "write":
                assert name == "deploy" and perm in ("pages", "id-token"), f"{name}: {perm}: write"
        for step in job.get("steps", []):
            uses = step.get("uses", "")
            if uses:
                assert re.search(r"@v\d+$", uses), f"{name}: pin {uses} to a major version"
            if uses.startswith("actions/checkout"):
                assert step["with"]["persist-credentials"] is False, f"{name}: token left on disk"
    assert "${{ secrets." not in text, f"{path.name}: no job needs a secret"


def test_pull_requests_and_pushes_run_ci(ci):
    assert "pull_request" in ci["on"] and ci["on"]["push"]["branches"] == ["main"]


def test_lint_and_make_test_run(ci):
    assert "ruff check" in steps_text(ci["jobs"]["lint"])
    assert "make test" in steps_text(ci["jobs"]["test"])
    assert (ROOT / ".ci" / "run").read_text().count("make test") == 1


def test_bake_is_sharded_across_a_matrix(ci):
    bake = ci["jobs"]["bake"]
    shards = bake["strategy"]["matrix"]["shard"]
    assert len(shards) >= 2 and shards == list(range(1, len(shards) + 1))
    assert ci["env"]["SHARDS"] == str(len(shards))
    run = steps_text(bake)
    assert "--shard ${{ matrix.shard }}/${{ env.SHARDS }}" in run and "--check-determinism" in run
    uploads = [s for s in bake["steps"] if s.get("uses", "").startswith("actions/upload-artifact")]
    assert uploads and uploads[0]["with"]["path"] == ".bake/results"


def test_gpu_job_runs_only_trusted_code(ci):
    job = ci["jobs"]["cuda"]
    assert {"self-hosted", "gpu"} <= set(job["runs-on"])
    condition = " ".join(job["if"].split())
    # pull requests only at the moment a maintainer adds the label, never on later pushes
    assert "github.event.action == 'labeled'" in condition
    assert "github.event.label.name == 'run-gpu'" in condition
    assert "synchronize" not in condition and "labels.*" not in condition
    assert job["permissions"] == {"contents": "read"}
    assert "make bake DEVICE=cuda" in steps_text(job) and "make test-cuda" in steps_text(job)


def test_caches_are_keyed_on_content(ci):
    bake = ci["jobs"]["bake"]
    caches = [s["with"] for s in bake["steps"] if s.get("uses", "").startswith("actions/cache")]
    paths = {c["path"]: c["key"] for c in caches}
    assert "hashFiles('.ci/constraints.txt'" in paths["~/.cache/pip"]
    assert "hashFiles('snippets/**')" in paths[".bake/results"]


def test_main_publishes_to_pages_and_prs_get_a_preview(ci):
    test = ci["jobs"]["test"]
    uploads = {s["uses"].split("@")[0]: s for s in test["steps"] if "upload" in s.get("uses", "")}
    assert "refs/heads/main" in uploads["actions/upload-pages-artifact"]["if"]
    previews = [s for s in test["steps"] if s.get("with", {}).get("name") == "site-preview"]
    assert previews and "pull_request" in previews[0]["if"]
    deploy = ci["jobs"]["deploy"]
    assert deploy["needs"] == "test" and "refs/heads/main" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "actions/deploy-pages" in steps_text(deploy)


def test_test_job_waits_for_the_gpu_job_but_not_when_it_is_skipped(ci):
    test = ci["jobs"]["test"]
    assert set(test["needs"]) == {"lint", "bake", "cuda"}
    assert "needs.cuda.result == 'skipped'" in test["if"]
