"""The built site in a real browser: Playwright driving Debian's Chromium (never a downloaded one),
against the site served on 127.0.0.1 as GitHub Pages would serve it (under the site_url path, with
404.html for missing pages), and opened straight from disk (file://, as from a USB stick).

Screenshots and the search report go to test-artifacts/ (CI uploads them).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from snipbake.examples import display_source
from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("site")]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
QUERIES = ROOT / "tests" / "search_queries.yml"
# Flags for a closed network: no background requests of Chromium's own (see the machine notes).
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
CHAPTER = "basics/what-pytorch-is.html"


def site_path() -> str:
    from mkdocs.config import load_config

    return urlparse(load_config(str(ROOT / "mkdocs.yml")).site_url or "/").path or "/"


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under `prefix`, and 404.html (status 404) for anything missing."""

    prefix = "/"

    def translate_path(self, path):
        path = urlparse(path).path
        if path.startswith(self.prefix):
            path = "/" + path[len(self.prefix) :]
        else:
            path = "/__outside_the_site__"
        return super().translate_path(path)

    def send_head(self):
        target = Path(self.translate_path(self.path))
        if target.is_dir() and not (target / "index.html").is_file() or not target.exists():
            body = (Path(self.directory) / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return None
        return super().send_head()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def base_url(site):
    prefix = site_path()
    handler = type("Handler", (_Handler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).is_file(), (
        f"{CHROMIUM} is missing: `make browser` installs Debian's chromium"
    )
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Watch:
    """Every request a page makes, and every console error or uncaught exception."""

    def __init__(self, page):
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def foreign(self, origin: str) -> list[str]:
        return [u for u in self.requests if not u.startswith((origin, "data:", "blob:"))]


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    pg = context.new_page()
    pg.watch = Watch(pg)
    yield pg
    context.close()


def all_pages(site) -> list[str]:
    return sorted(
        p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html"
    )


def test_every_page_loads_without_errors_or_foreign_requests(site, base_url, page):
    origin = "/".join(base_url.split("/", 3)[:3])
    problems = []
    for rel in all_pages(site):
        page.watch.requests.clear()
        page.watch.errors.clear()
        response = page.goto(base_url + rel, wait_until="networkidle")
        if response.status != 200:
            problems.append(f"{rel}: HTTP {response.status}")
        problems += [f"{rel}: console error: {e}" for e in page.watch.errors]
        problems += [f"{rel}: request left the site: {u}" for u in page.watch.foreign(origin)]
    assert not problems, "\n".join(problems)


# Counts changes to the search results and notes when the last one happened.
WATCH_RESULTS = """() => { const r = window.__results ||= {n: 0, t: 0};
    if (!r.o) (r.o = new MutationObserver(() => { r.n++; r.t = performance.now() }))
        .observe(document.querySelector('.md-search-result'), {childList: true, subtree: true});
    return r.n }"""
RESULTS_SETTLED = """n => { const m = document.querySelector('.md-search-result__meta');
    return window.__results.n > n && !m.textContent.includes('Initializing')
        && performance.now() - window.__results.t > 250 }"""


def search(page, query: str) -> list[str]:
    """Type a query into Material's search; the URLs (no query, no fragment) of the result
    groups, one per page, best first."""
    page.click(".md-search__input")
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta')"
        ".textContent.includes('Initializing')"
    )
    # Search listens to key events: all but the last character is filled in silently, the last
    # one typed, so one query runs and the results it renders are the ones read (a fixed wait
    # read a previous keystroke's results whenever the worker took longer than the wait).
    page.fill(".md-search__input", query[:-1])
    before = page.evaluate(WATCH_RESULTS)
    page.keyboard.type(query[-1])
    page.wait_for_function(RESULTS_SETTLED, arg=before)
    hrefs = page.eval_on_selector_all(
        "ol.md-search-result__list > li.md-search-result__item > a.md-search-result__link",
        "els => els.map(e => e.href.split(/[?#]/)[0])",
    )
    return list(dict.fromkeys(hrefs))


def rank_of(urls: list[str], page_html: str) -> int:
    """1-based rank of the result for docs page `page_html` (e.g. tensors/shape.html), 0 if absent."""
    for i, url in enumerate(urls, 1):
        if url.endswith("/" + page_html):
            return i
    return 0


QUESTION_WORDS = set("how what why when which where who can should does do is are".split())


def query_family(query: str) -> str:
    """A question in plain words, an API name (one token: `no_grad`, `torch.where`, `.to()`),
    or a short phrase of a few words (`view vs reshape`)."""
    words = query.split()
    if len(words) > 1 and words[0].lower() in QUESTION_WORDS:
        return "question"
    return "name" if len(words) == 1 else "phrase"


def test_search_lands_on_the_right_page(site, base_url, page):
    cases = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    assert len(cases) >= 40, f"{QUERIES.name}: keep at least 40 concept queries"
    page.goto(base_url + CHAPTER)
    lines, families = [], {}
    for case in cases:
        wanted = case.get("pages") or [case["page"]]
        expected = [p.rsplit(".", 1)[0] + ".html" for p in wanted]
        for e in expected:
            assert (site / e).is_file(), f"{QUERIES.name}: {e} is not a page"
        got = search(page, case["query"])
        ranks = [r for r in (rank_of(got, e) for e in expected) if r]
        rank = min(ranks) if ranks else 0
        expected = " or ".join(expected)
        ok = 0 < rank <= 3
        family = query_family(case["query"])
        families.setdefault(family, []).append(ok)
        lines.append(
            f"{'ok  ' if ok else 'MISS'} {family:8} {case['query']!r:34} -> {expected} "
            f"(rank {rank or '-'}; top 3: {', '.join(u.rsplit(base_url, 1)[-1] for u in got[:3])})"
        )
    hits = sum(sum(oks) for oks in families.values())
    rate = hits / len(cases)
    rates = {f: sum(oks) / len(oks) for f, oks in families.items()}
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "search-report.txt").write_text(
        f"search hit rate (right page in the top 3): {hits}/{len(cases)} = {rate:.1%}\n"
        + "".join(
            f"  {f}: {sum(oks)}/{len(oks)} = {rates[f]:.1%}\n"
            for f, oks in sorted(families.items())
        )
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    misses = "\n".join(ln for ln in lines if ln.startswith("MISS"))
    assert rate >= 0.95, f"hit rate {rate:.1%} < 95%:\n{misses}"
    # Each kind of query on its own: plain questions must not be traded for API names.
    assert all(r >= 0.9 for r in rates.values()), f"hit rates by kind {rates}:\n{misses}"


def test_copy_button_copies_the_code(base_url, page):
    page.goto(base_url + CHAPTER)
    block = page.locator(".snip .highlight").first
    block.hover()
    block.locator("button[title='Copy to clipboard']").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    source = (ROOT / "snippets" / "what-pytorch-is" / "three_parts.py").read_text(encoding="utf-8")
    assert copied.strip() == display_source(source).strip()


def tabbed_page(site) -> str:
    for rel in all_pages(site):
        text = (site / rel).read_text(encoding="utf-8")
        if text.count('class="tabbed-set') >= 2 and ">CUDA</label>" in text:
            return rel
    raise AssertionError("no page has two or more CPU/CUDA tab sets to test linked tabs on")


def test_cpu_and_cuda_tabs_switch_together(site, base_url, page):
    page.goto(base_url + tabbed_page(site))
    active = """() => [...document.querySelectorAll('.tabbed-set')].map(s => {
        const input = s.querySelector(':scope > input:checked');
        return s.querySelector(`label[for="${input.id}"]`).innerText.trim(); })"""
    before = page.evaluate(active)
    assert before.count("CPU") >= 2, before  # CPU is the first tab
    page.locator(".tabbed-set").first.locator("label", has_text="CUDA").click()
    page.wait_for_timeout(200)
    after = page.evaluate(active)
    # linked tabs: every CPU/CUDA set on the page follows the one clicked
    assert all(a == "CUDA" for a, b in zip(after, before, strict=True) if b == "CPU"), after
    assert page.locator(".tabbed-set").first.locator(".tabbed-block").nth(1).is_visible()


def test_figures_zoom_on_click(site, base_url, page):
    page.goto(base_url + CHAPTER)
    page.locator(".snip img").first.click()
    page.wait_for_selector(".gslide-image img", state="visible")


def test_404_page_helps(base_url, page):
    response = page.goto(base_url + "no/such/page.html")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.locator(".snip-404-nav a").count() >= 3
    # Chromium logs the page's own 404 status as a console error; nothing else may fail
    assert [e for e in page.watch.errors if "status of 404" not in e] == []


def test_site_works_from_disk(site, page):
    """Opened from a USB stick: no server, file:// URLs; pages, assets and search still work."""
    page.goto((site / CHAPTER).as_uri())
    assert page.watch.errors == []
    assert all(u.startswith(("file://", "data:", "blob:")) for u in page.watch.requests), (
        page.watch.requests
    )
    assert 0 < rank_of(search(page, "from_numpy"), "tensors/creation.html") <= 3


def test_screenshots_light_and_dark(base_url, page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 1600})
    page.emulate_media(color_scheme="light")
    page.goto(base_url + CHAPTER)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "default"
    page.screenshot(path=ARTIFACTS / "chapter-light.png")
    page.emulate_media(color_scheme="dark")
    page.reload()
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    page.screenshot(path=ARTIFACTS / "chapter-dark.png")
    assert (ARTIFACTS / "chapter-dark.png").stat().st_size > 10_000
    # a page with CPU/CUDA tabs and a page with a figure, in light mode
    page.emulate_media(color_scheme="light")
    for name, rel in (
        ("tabs", "devices/gpu-memory.html"),
        ("figure", "autograd/computation-graph.html"),
    ):
        page.goto(base_url + rel)
        first = page.locator(".tabbed-set" if name == "tabs" else ".snip img").first
        first.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        page.screenshot(path=ARTIFACTS / f"{name}-light.png")


def test_page_weight_of_a_chapter(base_url, page):
    """Bytes transferred on a first visit to a chapter, reported (and kept under a loose budget)."""
    sizes, gzipped = {}, {}

    def record(response):
        if response.ok:
            body = response.body()
            sizes[response.url] = len(body)
            gzipped[response.url] = len(gzip.compress(body))

    page.on("response", record)
    page.goto(base_url + CHAPTER, wait_until="networkidle")
    total = sum(sizes.values())
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "page-weight.txt").write_text(
        f"{CHAPTER}: {total:,} bytes in {len(sizes)} responses (uncompressed); "
        f"{sum(gzipped.values()):,} bytes gzip-compressed, as GitHub Pages serves them\n"
        + "\n".join(
            f"{n:>9,}  {u.rsplit('/', 1)[-1]}"
            for u, n in sorted(sizes.items(), key=lambda x: -x[1])
        )
        + "\n",
        encoding="utf-8",
    )
    assert total < 3_000_000, f"a chapter weighs {total:,} bytes on first load"
