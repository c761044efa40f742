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
from pathlib import Path

import nbformat
from nbformat import v4

from .examples import Example, display_source
from .layout import EMBED
from .model import Result
from .store import torch_version

_KERNEL = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def _outputs(text: str, figures, figdir: Path) -> list:
    outs = []
    if text:
        outs.append(v4.new_output("stream", name="stdout", text=text))
    for fig in figures:
        path = figdir / fig.file
        if path.is_file():
            svg = path.read_text(encoding="utf-8")
            outs.append(
                v4.new_output("display_data", data={"image/svg+xml": svg, "text/plain": fig.alt})
            )
    return outs


def _dump(nb) -> str:
    nb.metadata.update(_KERNEL)
    for i, cell in enumerate(nb.cells):
        digest = hashlib.sha256(f"{i}\0{cell.cell_type}\0{cell.source}".encode()).hexdigest()
        cell["id"] = digest[:8]
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


def example_notebook(result: Result, figdir: Path) -> str:
    """A notebook example's cells, with what each printed and drew."""
    nb = v4.new_notebook()
    count = 0
    for cell in result.cells:
        if cell.kind == "markdown":
            nb.cells.append(v4.new_markdown_cell(cell.source))
            continue
        count += 1
        code = v4.new_code_cell(cell.source, execution_count=count)
        code.outputs = _outputs(cell.output, cell.figures, figdir)
        nb.cells.append(code)
    return _dump(nb)


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
    nb = v4.new_notebook()
    nb.cells.append(
        v4.new_markdown_cell(
            f"# {title}\n\nThe examples of this page of *PyTorch Notes, Executed*, with the outputs "
            f"they printed when the site was built (CPU, torch {torch_version()}). Run them again with "
            "*Run All*."
        )
    )
    helpers = {}
    for _, ex in embedded:
        for s in ex.support:
            if s.name in ex.helpers:
                helpers.setdefault(s.name, s.data.decode("utf-8", "replace"))
    for name, source in helpers.items():
        # Written next to the notebook, so the examples that import it run.
        nb.cells.append(
            v4.new_markdown_cell(f"Examples below import `{name[:-3]}`: this cell writes it.")
        )
        nb.cells.append(v4.new_code_cell(f"%%writefile {name}\n{source.rstrip()}"))
    for count, (i, ex) in enumerate(embedded, 1):
        intro = _intro_before(lines, i)
        nb.cells.append(v4.new_markdown_cell(f"### `{ex.rel}`\n\n{intro}".strip()))
        code = v4.new_code_cell(display_source(ex.source).rstrip("\n"), execution_count=count)
        result = results.get(ex.rel)
        if result is not None:
            code.outputs = _outputs(result.output, result.figures, figdir_for(ex))
        nb.cells.append(code)
    return _dump(nb)
