"""The strict build passes, and the built HTML shows each example's real code and output,
stamped, with its figures and downloads; ids are unique on every page."""

from __future__ import annotations

from collections import Counter

import pytest
from bs4 import BeautifulSoup

from snipbake import integrity
from snipbake.examples import discover, display_source
from snipbake.layout import fragment_name
from snipbake.store import torch_version
from tests.conftest import ROOT

pytestmark = pytest.mark.xdist_group("site")
EXAMPLES = [e for e in discover(ROOT) if not e.notebook]


def page_html(site, page: str) -> BeautifulSoup:
    # The offline plugin turns off directory URLs: docs/a/b.md is built as a/b.html.
    rel = page.removeprefix("docs/").removesuffix(".md") + ".html"
    return BeautifulSoup((site / rel).read_text(encoding="utf-8"), "html.parser")


def embedding_page(example) -> str:
    for page, _, target in integrity.embeds(ROOT):
        if target == fragment_name(example.page, example.name):
            return page
    raise AssertionError(f"{example.rel} is embedded by no page")


def test_strict_build_passes(site_build):
    assert not site_build.problems, f"mkdocs build --strict failed:\n{site_build.problems}"
    assert (site_build.path / "index.html").is_file()
    assert (site_build.path / "404.html").is_file()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.rel for e in EXAMPLES])
def test_page_shows_the_real_code_and_output(example, site, baked):
    page = embedding_page(example)
    block = page_html(site, page).select_one(f'div.snip[data-snip="{example.page}/{example.name}"]')
    assert block is not None, f"{example.rel}: no example block on {page}"
    codes = [c.get_text() for c in block.find_all("code")]
    assert codes[0] == display_source(example.source), f"{example.rel}: the code shown differs"
    download = site / "_snippets" / example.page / f"{example.name}.py"
    assert download.read_text(encoding="utf-8") == example.source
    result = baked.results[example.rel]
    if result.status == "skipped":
        return
    if result.output:
        shown = result.output.rstrip("\n")  # a fence drops trailing blank lines
        assert any(shown in c for c in codes[1:]), (
            f"{example.rel}: its output is not on the page:\n{result.output[:500]}"
        )
        stamps = [s.get_text() for s in block.select(".filename, summary")]
        assert any(f"CPU · torch {torch_version()}" in s for s in stamps), stamps
    for fig in result.figures:
        img = f"{example.page}/{example.name}/{fig.file}"
        assert block.find("img", src=lambda s, img=img: s and s.endswith(img)), img
        assert (site / "_snippets" / "cpu" / img).is_file()


def test_ids_are_unique_on_every_page(site):
    """Material gives each code block the id of its nearest ancestor with one: an id shared by
    the code and its output made every output's copy button copy the code."""
    duplicated = []
    for html_file in site.rglob("*.html"):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        counts = Counter(el["id"] for el in soup.find_all(id=True))
        duplicated += [
            f"{html_file.relative_to(site)}: id {i!r} x{n}" for i, n in counts.items() if n > 1
        ]
    assert not duplicated, "\n".join(duplicated[:20])


def test_no_fence_leaks_into_the_prose(site):
    """A fence the Markdown could not parse (e.g. ```python notest) shows up as literal
    backticks in a paragraph and swallows the rest of the page into one code block."""
    leaks = []
    for html_file in site.rglob("*.html"):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for p in soup.select("article p, article li"):
            if "```" in p.get_text():
                leaks.append(f"{html_file.relative_to(site)}: {p.get_text()[:80]!r}")
    assert not leaks, "\n".join(leaks)
