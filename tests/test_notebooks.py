"""The notebooks a reader downloads: every page's examples as one .ipynb (with the outputs baked
at build), and the end-to-end notebook. They are valid, and the ones that need more than plain
examples (helper modules, cell-by-cell state) really run in a Jupyter kernel."""

from __future__ import annotations

import shutil

import nbformat
import pytest

from snipbake.cache import local_imports
from snipbake.examples import discover
from tests.conftest import ROOT

pytestmark = pytest.mark.xdist_group("site")


def page_notebooks(site):
    return sorted((site / "_snippets" / "notebooks").glob("*.ipynb"))


def test_every_page_with_examples_has_a_valid_notebook(site, baked):
    books = page_notebooks(site)
    assert len(books) >= 20
    for path in books:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        code = [
            c for c in nb.cells if c.cell_type == "code" and not c.source.startswith("%%writefile")
        ]
        assert code, path.name
        # the baked outputs travel with the notebook
        assert any(c.outputs for c in code), f"{path.name}: no outputs"


def needs_a_kernel(site) -> list:
    """Page notebooks that write helper modules, and the notebook pages (cell by cell state)."""
    helpers = {ex.chapter for ex in discover(ROOT) if local_imports(ex.path)}
    chosen = [
        p
        for p in page_notebooks(site)
        if any("%%writefile" in c.source for c in nbformat.read(p, as_version=4).cells)
    ]
    chosen += sorted((site / "notebooks").rglob("*.ipynb"))
    assert helpers and chosen
    return chosen


def test_notebooks_that_need_more_than_plain_examples_run(site, tmp_path):
    from nbclient import NotebookClient

    for path in needs_a_kernel(site):
        work = tmp_path / path.stem
        work.mkdir()
        shutil.copy(path, work / path.name)
        nb = nbformat.read(work / path.name, as_version=4)
        NotebookClient(
            nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(work)}}
        ).execute()
        errors = [
            o
            for c in nb.cells
            if c.cell_type == "code"
            for o in c.outputs
            if o.output_type == "error"
        ]
        assert not errors, f"{path.name}: {errors[0].ename}: {errors[0].evalue}"
