"""Jupyter notebooks built from baked results (never executed here, never committed).

- A `notebook` example (`# %%` cells) as an .ipynb: the notebook page's download, and what
  mkdocs-jupyter renders in the MkDocs build.
- Every page that embeds examples gets a download: its examples in page order, each after the
  paragraph that introduces it, with their outputs and figures, and its helper modules written out
  first (`%%writefile`), so every cell runs.

Cell ids are derived from the content, so two builds of the same sources give the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from pathlib import Path

from .examples import Example, display_source
from .layout import EMBED, figure_path, link_from_page
from .model import Result
from .render import stamp
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
    outs: list[dict] = []
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


def _stamped_outputs(
    ex: Example, text: str, figures, figdir: Path, label: str, first: int, cell: int
) -> list:
    """What a cell printed and drew, as the site shows every example's: the output in a block
    stamped `Output · CPU · torch ...`, each figure with its alt text and a `Figure n · ...` stamp.
    HTML (with the plain text beside it), so the page and Jupyter both show the stamps; the SVG
    travels inside (the notebook is a download too); `data-src` is the site's own copy, which the
    figure zoom opens. The output's id names its code block for Material's copy button (the
    nearest id otherwise is nbconvert's `cell-id=...`, which no CSS selector can name)."""
    outs: list[dict] = []
    if text:
        block = (
            f'<div class="snip-output" id="output-{cell}"><div class="language-text highlight">'
            f'<span class="filename">Output · {html.escape(label)}</span>'
            f"<pre><code>{html.escape(text)}</code></pre></div></div>"
        )
        data = {"text/html": block, "text/plain": text}
        outs.append({"output_type": "display_data", "data": data, "metadata": {}})
    for n, fig in enumerate(figures, first):
        path = figdir / fig.file
        if not path.is_file():
            continue
        svg = base64.b64encode(path.read_bytes()).decode("ascii")
        alt = html.escape(fig.alt or f"Figure {n}", quote=True)
        size = f' width="{fig.width}" height="{fig.height}"' if fig.width else ""
        href = html.escape(
            link_from_page(figure_path(ex.page, ex.name, "cpu", fig.file)), quote=True
        )
        block = (
            f'<figure class="snip-figure"><img src="data:image/svg+xml;base64,{svg}" '
            f'data-src="{href}" alt="{alt}"{size}><figcaption class="snip-stamp">'
            f"Figure {n} · {html.escape(label)}</figcaption></figure>"
        )
        data = {"text/html": block, "text/plain": fig.alt or f"Figure {n}"}
        outs.append({"output_type": "display_data", "data": data, "metadata": {}})
    return outs


def example_notebook(ex: Example, result: Result, figdir: Path) -> str:
    """A notebook example's cells, with what each printed and drew, stamped; under its title, a
    download of the notebook itself (the page mkdocs-jupyter renders from it shows that link)."""
    name = ex.name  # the notebook's too (notebooks/<name>.ipynb)
    label, cells, count, figure = stamp(result, "cpu"), [], 0, 1
    download: dict | None = _markdown(
        f'<p class="snip-notebook"><a href="{name}.ipynb" download="{name}.ipynb">Download this '
        f"page as a notebook</a> ({name}.ipynb): the outputs under its cells are the ones they "
        f"printed when the site was built ({html.escape(label)}).</p>"
    )
    for cell in result.cells:
        if cell.kind == "markdown":
            cells.append(_markdown(cell.source))
            if download and cell.source.lstrip().startswith("# "):
                cells.append(download)
                download = None
            continue
        if download:  # no title first: the download goes at the top
            cells.insert(0, download)
            download = None
        count += 1
        outputs = _stamped_outputs(ex, cell.output, cell.figures, figdir, label, figure, count)
        figure += len(cell.figures)
        cells.append(_code(cell.source, count, outputs))
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
    helpers: dict[str, str] = {}
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
