"""`make diff-outputs BASE=<rev>`: what a change does to the site's outputs, for a reviewer.

Both sides are baked here, with this checkout's engine and packages: the examples of BASE (taken
from git into a scratch folder, its cache seeded from ours, so only what differs runs) and the
working tree's. For every example whose output, figures or CUDA recording differ, it prints the
example's path and a unified diff of its output; changed figures are kept side by side under
--keep for a look. (A change of torch itself shows once the CI job that bakes BASE has the old lock;
here both sides run the installed torch.)
"""

from __future__ import annotations

import difflib
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from .bake import bake, silent
from .examples import discover
from .layout import Layout
from .model import Result
from .recordings import load as load_recording
from .store import Store


def _checkout(root: Path, base: str, dest: Path) -> None:
    """BASE's snippets/, docs/ and mkdocs.yml, from git, without touching the working tree."""
    proc = subprocess.run(
        ["git", "archive", "--format=tar", base, "snippets", "docs", "mkdocs.yml"],
        cwd=root,
        capture_output=True,
    )
    if proc.returncode:
        raise SystemExit(f"diff-outputs: git cannot read {base!r}: {proc.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
        tar.extractall(dest, filter="data")


def diff_outputs(root: Path, base: str, *, markdown: bool = False, keep: Path) -> int:
    here = bake(root, log=silent)
    with tempfile.TemporaryDirectory(prefix="snipbake-diff-") as tmp:
        then = Path(tmp) / "base"
        then.mkdir()
        _checkout(root, base, then)
        layout = Layout(root)
        if layout.results("cpu").is_dir():  # unchanged examples are cache hits on BASE too
            shutil.copytree(layout.results("cpu"), Layout(then).results("cpu"))
        there = bake(then, log=silent)
        changes = _compare(root, then, base, here.results["cpu"], there.results["cpu"], keep)
    out = sys.stdout
    if not changes:
        out.write(f"No example's output differs from {base}.\n")
        return 0
    head = f"{len(changes)} example(s) whose output differs from {base}:\n"
    out.write(f"### {head}\n" if markdown else head)
    for rel, text in changes:
        out.write(f"\n#### `{rel}`\n\n```diff\n{text}```\n" if markdown else f"\n{rel}\n{text}")
    return 0


def _compare(root, then, base, now: dict[str, Result], before: dict[str, Result], keep: Path):
    changes = []
    examples = {e.rel: e for e in discover(root)}
    old_examples = {e.rel: e for e in discover(then)}
    for rel in sorted(set(now) | set(before)):
        a, b = before.get(rel), now.get(rel)
        if a is None or b is None:
            changes.append((rel, "(new example)\n" if a is None else "(example removed)\n"))
            continue
        lines = list(
            difflib.unified_diff(
                _shown(a).splitlines(keepends=True),
                _shown(b).splitlines(keepends=True),
                fromfile=f"{base}:{rel}",
                tofile=rel,
            )
        )
        text = "".join(ln if ln.endswith("\n") else ln + "\n" for ln in lines)
        ex, old = examples.get(rel), old_examples.get(rel)
        if ex and old:
            text += _figures(root, then, ex, old, a, b, keep)
            text += _recording(root, then, ex, old)
        if text:
            changes.append((rel, text))
    return changes


def _shown(r: Result) -> str:
    """What the page shows of a result, as text."""
    if r.status == "failed" and r.error:
        return f"[failed: {r.error.message}]\n{r.output}"
    return r.output if r.status != "skipped" else f"[skipped: {r.reason}]\n"


def _figures(root, then, ex, old, a: Result, b: Result, keep: Path) -> str:
    new_dir = Store(Layout(root)).figure_dir(ex, "cpu")
    old_dir = Store(Layout(then)).figure_dir(old, "cpu")
    notes = []
    for name in sorted({f.file for f in a.figures} | {f.file for f in b.figures}):
        before, after = old_dir / name, new_dir / name
        data = [p.read_bytes() if p.is_file() else None for p in (before, after)]
        if data[0] == data[1]:
            continue
        target = keep / ex.page / ex.name
        target.mkdir(parents=True, exist_ok=True)
        for label, path in (("base", before), ("now", after)):
            if path.is_file():
                shutil.copy(path, target / f"{label}-{name}")
        notes.append(f"figure {name} changed: both kept in {target}\n")
    return "".join(notes)


def _recording(root, then, ex, old) -> str:
    rec_now, _ = load_recording(Layout(root), ex)
    rec_then, _ = load_recording(Layout(then), old)
    if (rec_now and rec_now.output) == (rec_then and rec_then.output):
        return ""
    lines = difflib.unified_diff(
        (rec_then.output if rec_then else "").splitlines(keepends=True),
        (rec_now.output if rec_now else "").splitlines(keepends=True),
        fromfile="CUDA recording (base)",
        tofile="CUDA recording (now)",
    )
    return "".join(ln if ln.endswith("\n") else ln + "\n" for ln in lines)
