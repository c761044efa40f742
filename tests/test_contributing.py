"""What a contributor meets: `make new` scaffolds a page that passes the suite unchanged, and
the suite's checks fail on an orphan example, a page missing from the nav and a non-deterministic
example, each with a message that names the file and says what to do.

Each test works on a copy of the repository (with the example cache, so only new examples run)
and runs the real test files there with pytest, as `make test` would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.xdist_group("copies")


def copy_repo(dest: Path) -> Path:
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for rel in files:
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    if (ROOT / ".bake" / "results").is_dir():
        shutil.copytree(ROOT / ".bake" / "results", dest / ".bake" / "results")
    subprocess.run(["git", "init", "-q"], cwd=dest, check=True)  # pages' dates come from git
    return dest


def run(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONHASHSEED": "0", "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, *args], cwd=root, capture_output=True, text=True, env=env
    )


def pytest_in(root: Path, *args: str) -> subprocess.CompletedProcess:
    """The copy's own test files, run there in one process."""
    return run(root, "-m", "pytest", "-q", "-n", "0", *args)


def test_scaffolded_page_passes_the_suite_unchanged(tmp_path):
    root = copy_repo(tmp_path)
    made = run(root, "-m", "snipbake", "new", "basics", "my-topic", "--title", "My topic")
    assert made.returncode == 0, made.stderr
    assert "basics/my-topic.md" in (root / "mkdocs.yml").read_text()
    proc = pytest_in(
        root,
        "tests/test_integrity.py",
        "tests/test_examples.py",
        "tests/test_site.py",
        "docs/basics/my-topic.md",
        "-k",
        "my-topic or consistent or strict",
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "failed" not in proc.stdout.splitlines()[-1]
    assert (
        "snippets/my-topic/first_example.py"
        in pytest_in(root, "--collect-only", "tests/test_examples.py").stdout
    )


def test_suite_names_an_orphan_a_page_outside_the_nav_and_a_nondeterministic_example(tmp_path):
    root = copy_repo(tmp_path)
    (root / "snippets" / "what-pytorch-is" / "forgotten.py").write_text(
        'print("nobody embeds me")\n'
    )
    (root / "docs" / "basics" / "lost.md").write_text("# Lost\n\nA page nobody put in the nav.\n")
    (root / "snippets" / "what-pytorch-is" / "coin.py").write_text(
        "import os\n\nprint(os.urandom(4).hex())  # not seeded: differs every run\n"
    )
    page = root / "docs" / "basics" / "what-pytorch-is.md"
    page.write_text(page.read_text() + '\n--8<-- "what-pytorch-is/coin.md"\n')
    proc = pytest_in(root, "tests/test_integrity.py", "tests/test_examples.py")
    out = proc.stdout
    assert proc.returncode == 1, out[-3000:]
    assert (
        "snippets/what-pytorch-is/forgotten.py: orphan example, no page embeds it: add the line "
        '--8<-- "what-pytorch-is/forgotten.md"'
    ) in out
    assert (
        "docs/basics/lost.md: page missing from the nav: add it under `nav:` in mkdocs.yml" in out
    )
    assert (
        "snippets/what-pytorch-is/coin.py: output differs between two runs (output line 1: " in out
    )
    assert "mark the example `# bake: varies`" in out
