"""The engine's shape, as the architecture review set it: one typed result, built only from what
the parent measured; one module for paths; a MkDocs hook that only glues (so another generator
needs nothing from it)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "snipbake"


def calls(module: Path, name: str) -> list[int]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return [
        n.lineno
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name
    ]


def test_one_module_defines_the_result_and_only_the_runner_builds_one():
    defining = [
        m.name
        for m in PACKAGE.glob("*.py")
        if any(
            isinstance(n, ast.ClassDef) and n.name == "Result"
            for n in ast.walk(ast.parse(m.read_text(encoding="utf-8")))
        )
    ]
    assert defining == ["model.py"]
    builders = sorted(m.name for m in PACKAGE.glob("*.py") if calls(m, "Result"))
    assert builders == ["runner.py"], builders  # others use its classmethods or replace()


def test_the_mkdocs_hook_is_glue_only():
    hook = PACKAGE / "mkdocs_hooks.py"
    assert len(hook.read_text(encoding="utf-8").splitlines()) <= 80
    assert "store" not in hook.read_text(encoding="utf-8")  # it never reads results itself


def test_paths_are_spelled_in_one_place():
    """Build-folder names and the site folder appear as literals only in layout.py."""
    for module in PACKAGE.glob("*.py"):
        if module.name == "layout.py":
            continue
        text = module.read_text(encoding="utf-8")
        for literal in ('"_snippets"', '/ "results"', '/ "fragments"', '".bake"'):
            assert literal not in text, f"{module.name} spells {literal}: ask layout.py"


def test_the_engine_type_checks():
    """The typed result is only worth its types if something reads them: mypy over snipbake/
    (configured in pyproject.toml) finds no error, e.g. a status outside ok/failed/skipped."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", os.devnull],  # fresh, and no cache written
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
