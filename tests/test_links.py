"""Link check of the built site: every internal link, image, script and stylesheet resolves.
(External links are plain hrefs, never fetched: the site works offline.)"""

from __future__ import annotations

from urllib.parse import unquote, urlparse

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.xdist_group("site")


def test_every_internal_link_resolves(site):
    broken, checked = [], 0
    ids_cache: dict = {}
    for html_file in sorted(site.rglob("*.html")):
        if html_file.name == "404.html":
            continue  # absolute links from the site root, checked through the browser test
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("a", "href"), ("img", "src"), ("script", "src"), ("link", "href")):
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
                if not target.exists():
                    broken.append(
                        f"{html_file.relative_to(site)}: <{tag} {attr}={url!r}> -> missing"
                    )
                elif parts.fragment and target.suffix == ".html":
                    if target not in ids_cache:
                        page = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
                        ids_cache[target] = {e.get("id") for e in page.find_all(id=True)}
                    if parts.fragment not in ids_cache[target]:
                        broken.append(
                            f"{html_file.relative_to(site)}: {url!r} -> no #{parts.fragment}"
                        )
    assert checked > 20, f"only {checked} internal links checked: is the site empty?"
    assert not broken, "\n".join(broken)
