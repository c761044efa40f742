"""The notebooks a reader downloads: every page's examples as one .ipynb (with the outputs baked
at build). They are valid, carry their outputs, and write out the helper modules their examples
import. Their code is the examples' own, which the engine runs sandboxed (a `notebook` example cell
by cell); the test suite never executes a notebook outside that sandbox."""

from __future__ import annotations

import nbformat
import pytest

pytestmark = pytest.mark.xdist_group("site")


def page_notebooks(site):
    return sorted((site / "_snippets" / "notebooks").glob("*.ipynb"))


def test_every_page_with_examples_has_a_valid_notebook(site):
    books = page_notebooks(site)
    assert len(books) >= 20
    for path in books:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        code = [
            c for c in nb.cells if c.cell_type == "code" and not c.source.startswith("%%writefile")
        ]
        assert code, path.name
        assert any(c.outputs for c in code), f"{path.name}: no outputs"


def test_page_notebooks_write_the_helpers_their_examples_import(site):
    """A notebook downloaded alone must run: the helper modules travel inside it."""
    for path in page_notebooks(site):
        nb = nbformat.read(path, as_version=4)
        written = {c.source.split()[1] for c in nb.cells if c.source.startswith("%%writefile")}
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            for line in cell.source.splitlines():
                words = line.split()
                if words[:1] in (["import"], ["from"]) and words[1].startswith("_"):
                    assert f"{words[1]}.py" in written, f"{path.name}: imports {words[1]}"
