"""What a contributor meets: `make new` scaffolds a page that passes the suite unchanged (and
refuses names that would collide), the suite's checks fail on an orphan example, a page missing
from the nav and an unseeded example, each with a message that names the file and says what to do,
and `diff-outputs` shows a reviewer which outputs a commit changes.

Each test works on a copy of the repository's last commit (so your uncommitted work never fails
them), with the example cache, so only new examples run; it runs the real commands there."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from snipbake.examples import OPTIONS
from tests.conftest import ROOT

pytestmark = pytest.mark.xdist_group("copies")


def copy_repo(dest: Path) -> Path:
    archive = subprocess.run(["git", "archive", "--format=tar", "HEAD"], cwd=ROOT,
                             capture_output=True, check=True).stdout  # fmt: skip
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")
    if (ROOT / ".bake" / "results").is_dir():
        shutil.copytree(ROOT / ".bake" / "results", dest / ".bake" / "results")
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-qm", "copy")
    return dest


def git(root: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t"}  # fmt: skip
    subprocess.run(["git", *args], cwd=root, check=True, env=env)


def run(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONHASHSEED": "0", "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, *args], cwd=root, capture_output=True, text=True, env=env
    )


def pytest_in(root: Path, *args: str) -> subprocess.CompletedProcess:
    """The copy's own test files, run there in one process."""
    return run(root, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider", *args)


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
    assert (
        "snippets/my-topic/first_example.py"
        in pytest_in(root, "--collect-only", "tests/test_examples.py").stdout
    )


def test_new_refuses_another_pages_folder_and_an_unknown_part(tmp_path):
    root = copy_repo(tmp_path)
    taken = run(root, "-m", "snipbake", "new", "basics", "creation")
    assert taken.returncode != 0
    assert "snippets/creation/ already exists (another page's examples live there)" in taken.stderr
    typo = run(root, "-m", "snipbake", "new", "tensorz", "sparse")
    assert typo.returncode != 0
    assert "PART='tensorz' is not a section of the site (they are: autograd, basics," in typo.stderr
    assert "add NEW_PART=1" in typo.stderr
    assert not (root / "docs" / "tensorz").exists() and not (root / "snippets" / "sparse").exists()


def test_suite_names_an_orphan_a_page_outside_the_nav_and_an_unseeded_example(tmp_path):
    root = copy_repo(tmp_path)
    (root / "snippets" / "what-pytorch-is" / "forgotten.py").write_text(
        'print("nobody embeds me")\n'
    )
    (root / "docs" / "basics" / "lost.md").write_text("# Lost\n\nA page nobody put in the nav.\n")
    (root / "snippets" / "what-pytorch-is" / "noisy.py").write_text(
        "import torch\n\nprint(torch.randn(3) * 10)  # no manual_seed: differs on every run\n"
    )
    page = root / "docs" / "basics" / "what-pytorch-is.md"
    page.write_text(page.read_text() + '\n--8<-- "what-pytorch-is/noisy.md"\n')
    check = run(root, "-m", "snipbake", "check")
    assert check.returncode == 1
    assert (
        "snippets/what-pytorch-is/forgotten.py: orphan example, no page embeds it: add the line "
        '--8<-- "what-pytorch-is/forgotten.md"'
    ) in check.stderr
    assert (
        "docs/basics/lost.md: page missing from the nav: add it under `nav:` in mkdocs.yml"
        in check.stderr
    )
    out = pytest_in(root, "tests/test_examples.py", "-k", "noisy").stdout
    assert (
        "snippets/what-pytorch-is/noisy.py: output differs between two runs (output line 1: " in out
    )
    assert "seed it yourself (e.g. torch.manual_seed(0)" in out


def test_diff_outputs_shows_which_outputs_a_commit_changes(tmp_path):
    root = copy_repo(tmp_path)
    example = root / "snippets" / "what-pytorch-is" / "three_parts.py"
    example.write_text(example.read_text() + 'print("a line added by this commit")\n')
    git(root, "commit", "-qam", "one more line")
    proc = run(root, "-m", "snipbake", "diff-outputs", "HEAD~1")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "1 example(s) whose output differs from HEAD~1:" in proc.stdout
    assert "snippets/what-pytorch-is/three_parts.py" in proc.stdout
    assert "+a line added by this commit" in proc.stdout
    unchanged = run(root, "-m", "snipbake", "diff-outputs", "HEAD")
    assert "No example's output differs from HEAD." in unchanged.stdout


def _size(n: float) -> str:
    return f"{int(n) >> 30}GiB"


def test_contributings_header_table_is_the_engines():
    """CONTRIBUTING's table of `# bake:` options shows snipbake.examples.OPTIONS: every option, its
    default and its maximum, so a contributor never learns a limit from a refusal."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        if line.startswith("| `") and line.count("|") == 5:
            name, default, most = (c.strip() for c in line.split("|")[1:4])
            rows[name.strip("`").split("=")[0]] = (default.strip("`"), most)
    assert set(rows) == set(OPTIONS), set(rows) ^ set(OPTIONS)
    for name, opt in OPTIONS.items():
        if isinstance(opt.default, bool):
            assert rows[name] == ("", ""), name  # a flag: no value, no limit
            continue
        if name == "devices":
            assert rows[name] == (",".join(opt.default), ""), name
            continue
        show = _size if name == "memory" else (lambda n: f"{n:g}")
        assert rows[name] == (show(opt.default), show(opt.maximum)), (name, rows[name])
