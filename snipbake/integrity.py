"""Checks that explain themselves: each problem names the file (and line) and says how to fix it.

- every example is embedded by some page (an orphan example is never seen by a reader), from a
  page one folder deep (docs/<part>/<page>.md: the fragments' links are relative to that depth);
- every `--8<--` embed in docs/ points at an existing example;
- every page under docs/ is in the nav, and every nav entry exists (MkDocs' own config and file
  loaders decide what a page is);
- every CUDA example has a fresh GPU recording, or is listed in snippets/cuda-pending.txt;
- every error demonstration (`try`/`except` in an example) fails when the error is not raised.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

from . import recordings
from .examples import Example, discover
from .layout import EMBED, Layout, fragment_name, notebook_page


def mkdocs_config(root: Path):
    """mkdocs.yml through MkDocs' own loader and validation, without importing its plugins."""
    path = root / "mkdocs.yml"
    return _mkdocs_config(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=4)  # the warm engine asks on every save; mkdocs.yml rarely changes
def _mkdocs_config(path: Path, mtime: int):
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.utils.yaml import yaml_load

    with open(path, encoding="utf-8") as f:
        raw = yaml_load(f)
    cfg = MkDocsConfig(config_file_path=str(path))
    keep = ("site_name", "nav", "exclude_docs", "docs_dir")
    cfg.load_dict({k: raw[k] for k in keep if k in raw})
    errors, _ = cfg.validate()
    if errors:
        raise ValueError(f"mkdocs.yml: {errors[0][0]}: {errors[0][1]}")
    return cfg


def nav_pages(nav) -> list[str]:
    out: list[str] = []
    if isinstance(nav, str):
        if not re.match(r"^[a-z]+://", nav):
            out.append(nav)
    elif isinstance(nav, list):
        for item in nav:
            out += nav_pages(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            out += nav_pages(value)
    return out


def doc_pages(root: Path) -> list[str]:
    """Pages under docs/ as MkDocs sees them (its default excludes and `exclude_docs`)."""
    from mkdocs.structure.files import get_files

    files = get_files(mkdocs_config(root))
    return sorted(
        f.src_uri
        for f in files
        if f.src_uri.endswith((".md", ".ipynb")) and f.inclusion.is_included()
    )


def embeds(root: Path) -> list[tuple[str, int, str]]:
    """(page, line, target) for every `--8<--` line under docs/."""
    out = []
    for page in doc_pages(root):
        path = root / "docs" / page
        if path.suffix != ".md":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = EMBED.match(line)
            if m:
                out.append((f"docs/{page}", n, m.group(1)))
    return out


def check_embeds(root: Path, examples: list[Example]) -> list[str]:
    problems = []
    by_fragment = {fragment_name(e.page, e.name): e for e in examples}
    embedded: set[str] = set()
    for page, line, target in embeds(root):
        if target in by_fragment:
            embedded.add(target)
            if page.count("/") != 2:
                problems.append(
                    f"{page}:{line}: examples are embedded by pages one folder deep "
                    "(docs/<part>/<page>.md): move the page into a section folder"
                )
        else:
            guess = f"snippets/{target.removesuffix('.md')}.py"
            problems.append(
                f"{page}:{line}: embeds {target!r}, but there is no example {guess}: "
                "fix the name or add the example"
            )
    for ex in examples:
        target = fragment_name(ex.page, ex.name)
        if target not in embedded and not ex.notebook:
            problems.append(
                f"{ex.rel}: orphan example, no page embeds it: add the line "
                f'--8<-- "{target}" to the page that teaches it, or delete the file'
            )
    return problems


def check_nav(root: Path, examples: list[Example] | None = None) -> list[str]:
    nav = nav_pages(mkdocs_config(root).nav or [])
    generated = {notebook_page(e.name) for e in (examples or []) if e.notebook}
    problems = []
    pages = set(doc_pages(root))
    for page in sorted(pages - set(nav)):
        problems.append(
            f"docs/{page}: page missing from the nav: add it under `nav:` in mkdocs.yml "
            "(a page outside the nav is hard to find)"
        )
    for page in nav:
        if page not in pages and page not in generated:
            problems.append(f"mkdocs.yml: the nav lists {page!r}, but docs/{page} does not exist")
    return problems


def check_recordings(root: Path, examples: list[Example]) -> list[str]:
    layout = Layout(root)
    problems = []
    pending = recordings.pending(layout)
    pending_file = layout.pending.relative_to(root).as_posix()
    cuda = {ex.rel: ex for ex in examples if ex.records_cuda}
    for rel, ex in cuda.items():
        rec, stale = recordings.load(layout, ex)
        path = layout.recording_path(ex.page, ex.name).relative_to(root).as_posix()
        if rec is not None and stale:
            problems.append(
                f"{ex.rel}: its CUDA recording {path} is older than the example (the code "
                "changed since): re-record with `make bake DEVICE=cuda` on a GPU machine"
            )
        elif rec is None and rel not in pending:
            problems.append(
                f"{ex.rel}: CUDA example with no recorded output: run `make bake DEVICE=cuda` "
                f"on a GPU machine and commit {path}, or list it in {pending_file} with a reason"
            )
        elif rec is not None and rel in pending:
            problems.append(
                f"{pending_file}:{pending[rel][0]}: {rel} now has a fresh recording: "
                "remove it from the pending list"
            )
    for rel, (line, reason) in pending.items():
        if rel not in cuda:
            problems.append(
                f"{pending_file}:{line}: {rel} is not a CUDA example "
                "(no `# bake: devices=...cuda` header, or no such file)"
            )
        elif not reason:
            problems.append(f"{pending_file}:{line}: give a reason after the path")
    return problems


def _ends_flow(body: list[ast.stmt]) -> bool:
    return bool(body) and isinstance(body[-1], ast.Return | ast.Raise | ast.Continue | ast.Break)


def _raises(body: list[ast.stmt]) -> bool:
    last = body[-1] if body else None
    if isinstance(last, ast.Raise):
        return True
    # `assert False, "..."` reads as well as a raise
    return (
        isinstance(last, ast.Assert) and isinstance(last.test, ast.Constant) and not last.test.value
    )


def check_error_demos(examples: list[Example]) -> list[str]:
    """An example that shows an error by catching it must fail when the error stops happening
    (a torch upgrade that changes the behaviour must not leave the page silently wrong): every
    `try`/`except` needs an `else:` that raises. A `try` whose body ends in return/raise/
    continue/break is control flow, not a demonstration."""
    return [
        f"{ex.rel}:{line}: {message}"
        for ex in examples
        for line, message in _silent_trys(ex.source)
    ]


@lru_cache(maxsize=4096)  # the warm engine checks on every save
def _silent_trys(source: str) -> tuple[tuple[int, str], ...]:
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return ()  # the bake reports it with its line
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Try) or not node.handlers or _ends_flow(node.body):
            continue
        if not _raises(node.orelse):
            caught = ast.unparse(node.handlers[0].type) if node.handlers[0].type else "it"
            found.append((node.lineno, (
                "this `try` shows an error but passes silently if the error stops happening: "
                f'add `else: raise AssertionError("... should have raised {caught}")` after the '
                "`except`"
            )))  # fmt: skip
    return tuple(found)


def over_budget(report) -> list[str]:
    """Examples that ran now and took more CPU than their budget (what the tests fail)."""
    out = []
    by_rel = {e.rel: e for e in report.examples}
    for rel in report.ran["cpu"]:
        r, ex = report.results["cpu"].get(rel), by_rel.get(rel)
        if r is not None and ex is not None and r.ok and budget_problem(ex, r):
            out.append(budget_problem(ex, r))
    return out


def budget_problem(ex: Example, r) -> str:
    """CPU time is the budget: wall time on a loaded machine says little about the example.
    Wall time gets a wide margin, for examples that wait (sleeping loaders, subprocesses)."""
    if r.cpu_seconds <= ex.budget and r.seconds <= 4 * ex.budget:
        return ""
    return (
        f"{ex.rel}: ran {r.cpu_seconds:.1f} s of CPU ({r.seconds:.1f} s wall), over its "
        f"{ex.budget:g} s budget (4x that for wall time): make it smaller, or raise it with "
        "`# bake: budget=SECONDS` and say why in the page"
    )


def all_problems(root: Path) -> list[str]:
    examples = discover(root)
    problems = [p for ex in examples for p in ex.problems]
    return (
        problems
        + check_embeds(root, examples)
        + check_nav(root, examples)
        + check_recordings(root, examples)
        + check_error_demos([e for e in examples if not e.problems])
    )


def after_bake(root: Path, report) -> list[str]:
    """Everything a bake and the integrity checks found, once each: what `mkdocs serve` logs."""
    return list(dict.fromkeys(report.failures + all_problems(root) + over_budget(report)))
