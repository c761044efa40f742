"""The strict build passes, and the built HTML shows each example's real output, stamped."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from snipbake import integrity
from snipbake.examples import discover
from tests.conftest import ROOT

pytestmark = pytest.mark.xdist_group("site")
EXAMPLES = [e for e in discover(ROOT) if not e.notebook]


def page_html(site, page: str) -> BeautifulSoup:
    # The offline plugin turns off directory URLs: docs/a/b.md is built as a/b.html.
    rel = page.removeprefix("docs/").removesuffix(".md") + ".html"
    return BeautifulSoup((site / rel).read_text(encoding="utf-8"), "html.parser")


def embedding_page(example) -> str:
    for page, _, target in integrity.embeds(ROOT):
        if target == integrity.fragment_name(example):
            return page
    raise AssertionError(f"{example.rel} is embedded by no page")


def test_strict_build_passes(site):
    assert (site / "index.html").is_file()
    assert (site / "404.html").is_file()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.rel for e in EXAMPLES])
def test_page_shows_the_real_output(example, site, baked):
    html = page_html(site, embedding_page(example))
    block = html.find(id=f"snip-{example.chapter}-{example.name}")
    assert block is not None, f"{example.rel}: no example block on {embedding_page(example)}"
    codes = [c.get_text() for c in block.find_all("code")]
    source = example.path.read_text(encoding="utf-8")
    assert any(line.strip() in codes[0] for line in source.splitlines()[-3:] if line.strip())
    result = baked.results[example.rel]
    if result["status"] == "skipped":
        return
    output = result["output"]
    if output:
        assert any(output.rstrip("\n") in c for c in codes[1:]), (
            f"{example.rel}: its output is not on the page:\n{output[:500]}"
        )
        stamps = [s.get_text() for s in block.select(".filename, summary")]
        assert any("CPU · torch 2.13.0" in s for s in stamps), stamps
    for cell in result["cells"]:
        for fig in cell["figures"]:
            img = f"{example.chapter}/{example.name}/{fig['file']}"
            assert block.find("img", src=lambda s, img=img: s and s.endswith(img)), img
            assert (site / "_snippets" / "cpu" / img).is_file()
    download = site / "_snippets" / example.chapter / f"{example.name}.py"
    assert download.read_text(encoding="utf-8") == source


def test_no_page_loads_anything_from_another_origin(site):
    offenders = []
    for html_file in site.rglob("*.html"):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
            for el in soup.find_all(tag):
                url = el.get(attr) or ""
                if (
                    tag == "link"
                    and "stylesheet" not in (el.get("rel") or [])
                    and "preconnect" not in (el.get("rel") or [])
                ):
                    continue
                if url.startswith(("http://", "https://", "//")):
                    offenders.append(f"{html_file.relative_to(site)}: <{tag} {attr}={url}>")
    assert not offenders, "\n".join(offenders)


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
