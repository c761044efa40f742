"""Checks that explain themselves: each problem names the file (and line) and says how to fix it.

- every example is embedded by some page (an orphan example is never seen by a reader);
- every `--8<--` embed in docs/ points at an existing example;
- every page under docs/ is in the nav, and every nav entry exists;
- every CUDA example has a fresh GPU recording, or is listed in snippets/cuda-pending.txt;
- every error demonstration (`try`/`except` in an example) fails when the error is not raised.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

from . import recordings
from .examples import Example, discover
from .render import notebook_page

EMBED = re.compile(r"""^\s*-+8<-+\s+["']([^"']+)["']""")
MKDOCS_DEFAULT_EXCLUDES = [".*", "/templates/"]  # what MkDocs itself never treats as pages


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses !ENV and !!python/name tags; for checking the nav their values do not matter."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def mkdocs_config(root: Path) -> dict:
    return yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


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
    """Pages under docs/, minus what mkdocs.yml's `exclude_docs` (gitignore syntax) leaves out."""
    import pathspec

    excluded = (mkdocs_config(root).get("exclude_docs") or "").splitlines()
    spec = pathspec.GitIgnoreSpec.from_lines(MKDOCS_DEFAULT_EXCLUDES + excluded)
    docs = root / "docs"
    pages = []
    for p in sorted(docs.rglob("*")):
        rel = p.relative_to(docs).as_posix()
        if p.suffix in (".md", ".ipynb") and not spec.match_file(rel):
            pages.append(rel)
    return pages


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


def fragment_name(example: Example) -> str:
    return f"{example.chapter}/{example.name}.md"


def check_embeds(root: Path, examples: list[Example]) -> list[str]:
    problems = []
    by_fragment = {fragment_name(e): e for e in examples}
    embedded: set[str] = set()
    for page, line, target in embeds(root):
        if target in by_fragment:
            embedded.add(target)
        else:
            guess = f"snippets/{target.removesuffix('.md')}.py"
            problems.append(
                f"{page}:{line}: embeds {target!r}, but there is no example {guess}: "
                "fix the name or add the example"
            )
    for ex in examples:
        if fragment_name(ex) not in embedded and not ex.notebook:
            problems.append(
                f"{ex.rel}: orphan example, no page embeds it: add the line "
                f'--8<-- "{fragment_name(ex)}" to the page that teaches it, or delete the file'
            )
    return problems


def check_nav(root: Path, examples: list[Example] | None = None) -> list[str]:
    config = mkdocs_config(root)
    nav = nav_pages(config.get("nav") or [])
    generated = {notebook_page(e) for e in (examples or []) if e.notebook}
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
    problems = []
    pending = recordings.pending(root)
    pending_file = recordings.PENDING.as_posix()
    cuda = {ex.rel: ex for ex in examples if ex.records_cuda}
    for rel, ex in cuda.items():
        state = recordings.state(ex)
        rec = recordings.path_for(ex).relative_to(root).as_posix()
        if state == "stale":
            problems.append(
                f"{ex.rel}: its CUDA recording {rec} is older than the example (the code "
                "changed since): re-record with `make bake DEVICE=cuda` on a GPU machine"
            )
        elif state == "missing" and rel not in pending:
            problems.append(
                f"{ex.rel}: CUDA example with no recorded output: run `make bake DEVICE=cuda` "
                f"on a GPU machine and commit {rec}, or list it in {pending_file} with a reason"
            )
        elif state == "fresh" and rel in pending:
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
    problems = []
    for ex in examples:
        try:
            tree = ast.parse(ex.path.read_bytes(), filename=ex.rel)
        except (SyntaxError, ValueError):
            continue  # the bake reports it with its line
        for node in ast.walk(tree):
            if not isinstance(node, ast.Try) or not node.handlers or _ends_flow(node.body):
                continue
            if not _raises(node.orelse):
                caught = ast.unparse(node.handlers[0].type) if node.handlers[0].type else "it"
                problems.append(
                    f"{ex.rel}:{node.lineno}: this `try` shows an error but passes silently if "
                    f'the error stops happening: add `else: raise AssertionError("... should '
                    f'have raised {caught}")` after the `except`'
                )
    return problems


def all_problems(root: Path) -> list[str]:
    examples = discover(root)
    problems = [p for ex in examples for p in ex.problems]
    return (
        problems
        + check_embeds(root, examples)
        + check_nav(root, examples)
        + check_recordings(root, examples)
        + check_error_demos(examples)
    )
