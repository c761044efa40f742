"""Jupyter notebooks built from baked results (never executed here, never committed).

- A `notebook` example (`# %%` cells) becomes a page, `notebooks/<name>.ipynb`, rendered by
  mkdocs-jupyter with the outputs the engine captured cell by cell.
- Every page that embeds examples gets a download, `_snippets/notebooks/<page>.ipynb`: its examples in
  page order, each after the paragraph that introduces it, with their outputs and figures.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat import v4

from .cache import local_imports, torch_version
from .examples import Example, display_source
from .integrity import EMBED

_KERNEL = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def _outputs(text: str, figures: list[dict], figdir: Path) -> list:
    outs = []
    if text:
        outs.append(v4.new_output("stream", name="stdout", text=text))
    for fig in figures:
        path = figdir / fig["file"]
        if path.is_file():
            svg = path.read_text(encoding="utf-8")
            outs.append(
                v4.new_output(
                    "display_data", data={"image/svg+xml": svg, "text/plain": fig.get("alt", "")}
                )
            )
    return outs


def _dump(nb) -> str:
    nb.metadata.update(_KERNEL)
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


def example_notebook(result: dict, figdir: Path) -> str:
    """A notebook example's cells, with what each printed and drew."""
    nb = v4.new_notebook()
    count = 0
    for cell in result.get("cells", []):
        if cell["kind"] == "markdown":
            nb.cells.append(v4.new_markdown_cell(cell["source"]))
            continue
        count += 1
        code = v4.new_code_cell(cell["source"], execution_count=count)
        code.outputs = _outputs(cell.get("output", ""), cell.get("figures", []), figdir)
        for out in code.outputs:
            if out.output_type == "execute_result":
                out.execution_count = count
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
    page_md: str, title: str, examples: dict[str, Example], results: dict, figdir_for
) -> str | None:
    """The examples a page embeds, in order, each after its introducing paragraph."""
    lines = page_md.splitlines()
    nb = v4.new_notebook()
    nb.cells.append(
        v4.new_markdown_cell(
            f"# {title}\n\nThe examples of this page of *PyTorch Notes, Executed*, with the outputs "
            f"they printed when the site was built (CPU, torch {torch_version()}). Run them again with "
            "*Run All*."
        )
    )
    embedded = [
        examples[m.group(1)] for ln in lines if (m := EMBED.match(ln)) and m.group(1) in examples
    ]
    for helper in dict.fromkeys(h for ex in embedded for h in local_imports(ex.path)):
        # Written next to the notebook, so the examples that import it run.
        nb.cells.append(
            v4.new_markdown_cell(f"Examples below import `{helper.stem}`: this cell writes it.")
        )
        source = helper.read_text(encoding="utf-8").rstrip("\n")
        nb.cells.append(v4.new_code_cell(f"%%writefile {helper.name}\n{source}"))
    count = 0
    for i, line in enumerate(lines):
        m = EMBED.match(line)
        if not m or m.group(1) not in examples:
            continue
        ex = examples[m.group(1)]
        intro = _intro_before(lines, i)
        nb.cells.append(v4.new_markdown_cell(f"### `{ex.rel}`\n\n{intro}".strip()))
        count += 1
        code = v4.new_code_cell(
            display_source(ex.path.read_text(encoding="utf-8")).rstrip("\n"), execution_count=count
        )
        result = results.get(ex.rel) or {}
        figures = [f for c in result.get("cells", []) for f in c.get("figures", [])]
        code.outputs = _outputs(result.get("output", ""), figures, figdir_for(ex))
        nb.cells.append(code)
    return _dump(nb) if count else None
