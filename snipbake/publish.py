"""Publish everything the site needs from the bake, for any generator: a Markdown fragment per
example, and the site files (downloads, figures, page notebooks, notebook pages) under
.bake/site/, listed in .bake/manifest.json. The MkDocs hook only adds the manifest's files; another
generator copies .bake/site/ into its docs folder. Nothing here reads a result the bake did not hand
over, and nothing is left behind for an example that no longer exists.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from . import notebook, recordings, render
from .examples import Example
from .layout import (
    EMBED,
    Layout,
    download_path,
    figure_path,
    fragment_name,
    notebook_page,
    page_notebook_path,
)
from .model import Result
from .store import Store, write_if_changed

_FRAGMENT = re.compile(r"^[a-z0-9][a-z0-9_-]*/[a-z0-9][a-z0-9_-]*\.md$")


def docs_pages(layout: Layout) -> list[str]:
    """Markdown pages under docs/ (relative paths), where examples are embedded."""
    return sorted(
        p.relative_to(layout.docs).as_posix()
        for p in layout.docs.rglob("*.md")
        if not p.relative_to(layout.docs).as_posix().startswith(("overrides/", "assets/"))
    )


def page_title(markdown: str, fallback: str) -> str:
    m = re.search(r"^# (.+)$", markdown, re.M)
    return m.group(1).strip() if m else fallback


def publish(layout: Layout, examples: list[Example], results: dict[str, Result]) -> dict:
    store = Store(layout)
    site: dict[str, bytes | str] = {}  # site path -> content
    fragments: dict[Path, str] = {}
    markdown_pages: dict[str, bytes | str] = {}
    for ex in examples:
        cpu = results.get(ex.rel)
        recording, stale = recordings.load(layout, ex) if ex.records_cuda else (None, False)
        fragments[layout.fragment_path(ex.page, ex.name)] = render.fragment(
            ex, cpu, recording, stale
        )
        if ex.problems:
            continue
        site[download_path(ex.page, ex.name + ".py")] = ex.source
        for s in ex.support:
            if s.name in ex.helpers:
                site[download_path(ex.page, s.name)] = s.data
        figdir = store.figure_dir(ex, "cpu")
        for fig in cpu.figures if cpu else ():
            if (figdir / fig.file).is_file():
                site[figure_path(ex.page, ex.name, "cpu", fig.file)] = (
                    figdir / fig.file
                ).read_bytes()
        if ex.notebook and cpu is not None and cpu.cells:
            ipynb = notebook_page(ex.name)
            site[ipynb] = notebook.example_notebook(ex, cpu, figdir)
            markdown_pages[notebook_page(ex.name, ".md")] = render.notebook_page(
                ex, cpu, f"{ex.name}.ipynb"
            )

    by_fragment = {fragment_name(ex.page, ex.name): ex for ex in examples if not ex.problems}
    page_notebooks = {}
    embeds: dict[str, list[str]] = {}
    for page in docs_pages(layout):
        text = (layout.docs / page).read_text(encoding="utf-8")
        embeds[page] = [m.group(1) for ln in text.splitlines() if (m := EMBED.match(ln))]
        for n, line in enumerate(text.splitlines(), 1):
            m = EMBED.match(line)
            known = layout.fragments / m.group(1) if m else None
            if m and known not in fragments and _FRAGMENT.match(m.group(1)):
                # A typo must not crash the build (`mkdocs serve` would stick): the page shows
                # what is wrong, and the bake's warning fails the strict build.
                fragments[layout.fragments / m.group(1)] = render.missing_example(
                    f"docs/{page}:{n}", m.group(1)
                )
        if not any(EMBED.match(ln) for ln in text.splitlines()):
            continue
        nb = notebook.page_notebook(
            text, page_title(text, page), by_fragment, results, lambda e: store.figure_dir(e, "cpu")
        )
        if nb:
            path = page_notebook_path(page)
            site[path] = nb
            page_notebooks[page] = path

    _write_tree(
        layout.fragments,
        {p.relative_to(layout.fragments).as_posix(): t for p, t in fragments.items()},
    )
    _write_tree(layout.site, site | markdown_pages)
    manifest = {
        "files": sorted(site),  # every generator publishes these as they are
        "markdown_pages": sorted(
            markdown_pages
        ),  # notebook pages for generators without mkdocs-jupyter
        "page_notebooks": page_notebooks,  # docs page -> its notebook download
        "embeds": {page: names for page, names in embeds.items() if names},  # page -> fragments
    }
    write_if_changed(layout.manifest, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return manifest


def _write_tree(base: Path, files: dict[str, bytes | str]) -> None:
    """Make `base` hold exactly these files (written only where changed)."""
    for rel, content in files.items():
        write_if_changed(base / rel, content)
    if base.is_dir():
        wanted = {base / rel for rel in files}
        for path in sorted(base.rglob("*"), reverse=True):
            if path.is_file() and path not in wanted:
                path.unlink()  # a deleted example's fragment must go, so its embed fails the build
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()


def load_manifest(layout: Layout) -> dict:
    try:
        return json.loads(layout.manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"files": [], "markdown_pages": [], "page_notebooks": {}, "embeds": {}}
