"""Jupyter notebooks built from baked results (never executed here, never committed).

- A `notebook` example (`# %%` cells) as an .ipynb: the notebook page's download, and what
  mkdocs-jupyter renders in the MkDocs build.
- Every page that embeds examples gets a download: its examples in page order, each after the
  paragraph that introduces it, with their outputs and figures, and its helper modules written out
  first (`%%writefile`), so every cell runs.

Cell ids are derived from the content, so two builds of the same sources give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .examples import Example, display_source
from .layout import EMBED
from .model import Result
from .store import torch_version

_KERNEL = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


# Cells are built as plain nbformat-4 dicts: nbformat's constructors validate every cell (a second
# per page, on every save under `make serve`); tests/test_notebooks.py validates what is published.
def _markdown(source: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": source}


def _code(source: str, count: int | None, outputs: list | None = None) -> dict:
    return {"cell_type": "code", "execution_count": count, "metadata": {}, "outputs": outputs or [],
            "source": source}  # fmt: skip


def _outputs(text: str, figures, figdir: Path) -> list:
    outs = []
    if text:
        outs.append({"output_type": "stream", "name": "stdout", "text": text})
    for fig in figures:
        path = figdir / fig.file
        if path.is_file():
            svg = path.read_text(encoding="utf-8")
            data = {"image/svg+xml": svg, "text/plain": fig.alt}
            outs.append({"output_type": "display_data", "data": data, "metadata": {}})
    return outs


def _dump(cells: list[dict]) -> str:
    for i, cell in enumerate(cells):
        digest = hashlib.sha256(f"{i}\0{cell['cell_type']}\0{cell['source']}".encode()).hexdigest()
        cell["id"] = digest[:8]
    nb = {"cells": cells, "metadata": _KERNEL, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def example_notebook(result: Result, figdir: Path) -> str:
    """A notebook example's cells, with what each printed and drew."""
    cells, count = [], 0
    for cell in result.cells:
        if cell.kind == "markdown":
            cells.append(_markdown(cell.source))
            continue
        count += 1
        cells.append(_code(cell.source, count, _outputs(cell.output, cell.figures, figdir)))
    return _dump(cells)


def _intro_before(lines: list[str], index: int) -> str:
    """The paragraph just above line `index` (the sentence of *why* before an example)."""
    end = index
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and lines[start - 1].strip() and not EMBED.match(lines[start - 1]):
        start -= 1
    para = [ln for ln in lines[start:end] if not ln.lstrip().startswith(("!!!", "???", "<", "---"))]
    return "\n".join(para).strip()


def page_notebook(
    page_md: str, title: str, examples: dict[str, Example], results: dict[str, Result], figdir_for
) -> str | None:
    """The examples a page embeds, in order, each after its introducing paragraph."""
    lines = page_md.splitlines()
    embedded = [
        (i, examples[m.group(1)])
        for i, ln in enumerate(lines)
        if (m := EMBED.match(ln)) and m.group(1) in examples
    ]
    if not embedded:
        return None
    cells = [
        _markdown(
            f"# {title}\n\nThe examples of this page of *PyTorch Notes, Executed*, with the outputs "
            f"they printed when the site was built (CPU, torch {torch_version()}). Run them again with "
            "*Run All*."
        )
    ]
    helpers = {}
    for _, ex in embedded:
        for s in ex.support:
            if s.name in ex.helpers:
                helpers.setdefault(s.name, s.data.decode("utf-8", "replace"))
    for name, source in helpers.items():
        # Written next to the notebook, so the examples that import it run.
        cells.append(_markdown(f"Examples below import `{name[:-3]}`: this cell writes it."))
        cells.append(_code(f"%%writefile {name}\n{source.rstrip()}", None))
    for count, (i, ex) in enumerate(embedded, 1):
        intro = _intro_before(lines, i)
        cells.append(_markdown(f"### `{ex.rel}`\n\n{intro}".strip()))
        result = results.get(ex.rel)
        outputs = _outputs(result.output, result.figures, figdir_for(ex)) if result else []
        cells.append(_code(display_source(ex.source).rstrip("\n"), count, outputs))
    return _dump(cells)
