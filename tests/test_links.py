"""Link check of the built sites: every internal link, image, script and stylesheet resolves, and
nothing is loaded from another origin (external links are plain hrefs, never fetched: the site
works offline). Runs on the MkDocs site always, and on the Zensical build of the same sources when
ZENSICAL_SITE names it (`make test-zensical`, CI's zensical job)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from bs4 import BeautifulSoup

from tests.conftest import ROOT

pytestmark = pytest.mark.xdist_group("site")
TAGS = (("a", "href"), ("img", "src"), ("script", "src"), ("link", "href"), ("iframe", "src"))


@pytest.fixture(params=["mkdocs", "zensical"])
def built(request) -> Path:
    if request.param == "mkdocs":
        return request.getfixturevalue("site")
    path = os.environ.get("ZENSICAL_SITE")
    if not path:
        pytest.skip("the Zensical site is checked by `make test-zensical` (CI's zensical job)")
    return ROOT / path


def pages(site: Path):
    for html_file in sorted(site.rglob("*.html")):
        yield html_file, BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")


def test_every_internal_link_resolves(built):
    broken, checked = [], 0
    ids_cache: dict = {}
    for html_file, soup in pages(built):
        if html_file.name == "404.html":
            continue  # absolute links from the site root, checked through the browser test
        for tag, attr in TAGS:
            for el in soup.find_all(tag):
                url = el.get(attr)
                if not url or url.startswith(("#", "mailto:", "javascript:", "data:")):
                    continue
                parts = urlparse(url)
                if parts.scheme or parts.netloc:
                    continue
                checked += 1
                target = (html_file.parent / unquote(parts.path)).resolve()
                if target.is_dir():
                    target = target / "index.html"
                where = f"{html_file.relative_to(built)}: <{tag} {attr}={url!r}>"
                if not target.exists():
                    broken.append(f"{where} -> missing")
                elif parts.fragment and target.suffix == ".html":
                    if target not in ids_cache:
                        page = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
                        ids_cache[target] = {e.get("id") for e in page.find_all(id=True)}
                    if parts.fragment not in ids_cache[target]:
                        broken.append(f"{where} -> no #{parts.fragment}")
    assert checked > 1000, f"only {checked} internal links checked: is the site empty?"
    assert not broken, "\n".join(broken)


def test_nothing_is_loaded_from_another_origin(built):
    offenders = []
    for html_file, soup in pages(built):
        for tag, attr in TAGS[1:]:
            for el in soup.find_all(tag):
                url = el.get(attr) or ""
                rel = el.get("rel") or []
                if tag == "link" and "stylesheet" not in rel and "preconnect" not in rel:
                    continue
                if url.startswith(("http://", "https://", "//")):
                    offenders.append(f"{html_file.relative_to(built)}: <{tag} {attr}={url}>")
    assert not offenders, "\n".join(offenders)


def test_every_download_and_figure_is_published(built):
    """What the MkDocs hook adds (and the Zensical staging copies): examples, figures, notebooks."""
    snippets = built / "_snippets"
    assert len(list(snippets.glob("*/*.py"))) >= 250
    assert len(list((snippets / "cpu").rglob("*.svg"))) >= 15
    assert len(list((snippets / "notebooks").glob("*.ipynb"))) >= 25
    assert (built / "notebooks" / "end_to_end.html").is_file()
