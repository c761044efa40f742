"""The built site in a real browser: Playwright driving Debian's Chromium (never a downloaded one),
against the site served on 127.0.0.1 as GitHub Pages would serve it (under the site_url path, with
404.html for missing pages), and opened straight from disk (file://, as from a USB stick).

Screenshots and the search report go to test-artifacts/ (CI uploads them).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import re
import threading
from pathlib import Path
from urllib.parse import urlparse

import axe_playwright_python
import pytest
import yaml
from bs4 import BeautifulSoup

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


# Every id on the page once, and every copy button aimed at the block it sits in: Material's
# buttons (`data-clipboard-target`, the code of their own <pre>) and nbconvert's on the notebook
# page (`for`, the text of their own cell). Read from the live page, after Material's script has
# given each code block its id.
IDS_AND_COPY_TARGETS = """() => {
    const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
    const dups = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
    const wrong = [];
    const buttons = document.querySelectorAll('article [data-clipboard-target], article clipboard-copy');
    for (const b of buttons) {
        const target = b.dataset.clipboardTarget
            ? document.querySelector(b.dataset.clipboardTarget)
            : document.getElementById(b.getAttribute('for'));
        const own = b.dataset.clipboardTarget
            ? b.closest('pre')?.querySelector(':scope > code')
            : b.closest('.jp-Cell')?.querySelector('.clipboard-copy-txt');
        if (!target || target !== own) wrong.push(b.dataset.clipboardTarget || b.getAttribute('for'));
    }
    return {dups, wrong, buttons: buttons.length};
}"""


def test_ids_are_unique_and_copy_buttons_copy_their_own_block(site, base_url, page):
    problems, buttons = [], 0
    for rel in all_pages(site):
        page.goto(base_url + rel)
        found = page.evaluate(IDS_AND_COPY_TARGETS)
        buttons += found["buttons"]
        problems += [f"{rel}: id {i!r} is used more than once" for i in found["dups"]]
        problems += [
            f"{rel}: a copy button copies {t!r}, not its own block" for t in found["wrong"]
        ]
    assert buttons > 400, f"only {buttons} copy buttons on the whole site"
    assert not problems, "\n".join(problems[:20])


def copy_block(page, block) -> str:
    block.scroll_into_view_if_needed()
    block.hover()
    block.locator("button[title='Copy to clipboard']").click()
    return page.evaluate("navigator.clipboard.readText()")


def test_copy_buttons_copy_the_code_and_the_output(base_url, page):
    page.goto(base_url + CHAPTER)
    example = page.locator('.snip[data-snip="what-pytorch-is/three_parts"]')
    source = (ROOT / "snippets" / "what-pytorch-is" / "three_parts.py").read_text(encoding="utf-8")
    code = copy_block(page, example.locator(".highlight").first)
    assert code.strip() == display_source(source).strip()
    output = example.locator(".snip-output .highlight")
    copied = copy_block(page, output)
    assert copied.strip() == output.locator("code").inner_text().strip()
    assert copied.startswith("tensor: tensor(["), copied  # what the example printed, not its code
    # the confirmation is a status message, which screen readers announce
    assert page.locator(".md-dialog__inner[role=status]").count() == 1


def test_gpu_output_never_hides_the_cpu_output(site, base_url, page):
    """A CPU/CUDA tab set appears only where a GPU recording exists; until then the example shows
    its CPU output and a muted line. Where tab sets exist, the CUDA tab holds output, and the sets
    of a page switch together."""
    tabbed, pending = [], 0
    for rel in all_pages(site):
        text = (site / rel).read_text(encoding="utf-8")
        pending += text.count('class="snip-pending"')
        if ">CUDA</label>" in text:
            tabbed.append(rel)
    assert tabbed or pending, "no example is recorded on a GPU or waiting for a recording"
    for rel in tabbed:
        page.goto(base_url + rel)
        empty = page.evaluate(
            """() => [...document.querySelectorAll('.tabbed-set')].filter(s =>
                [...s.querySelectorAll('.tabbed-block')].some(b =>
                    !b.querySelector('.snip-output, .snip-figure, .snip-stamp'))).length"""
        )
        assert empty == 0, f"{rel}: {empty} CPU/CUDA tab sets with a tab that shows no output"
    linked = next((r for r in tabbed if (site / r).read_text().count('"tabbed-set') >= 2), None)
    if linked is None:
        return  # fewer than two recorded examples on any page: nothing switches together yet
    page.goto(base_url + linked)
    active = """() => [...document.querySelectorAll('.tabbed-set')].map(s => {
        const input = s.querySelector(':scope > input:checked');
        return s.querySelector(`label[for="${input.id}"]`).innerText.trim(); })"""
    before = page.evaluate(active)
    page.locator(".tabbed-set").first.locator("label", has_text="CUDA").click()
    page.wait_for_timeout(200)
    after = page.evaluate(active)
    assert all(a == "CUDA" for a, b in zip(after, before, strict=True) if b == "CPU"), after


def test_reader_facing_text_never_says_bake(site):
    """ "Bake" is the build's word (make bake, the engine); a reader reads "run" or "record"."""
    found = []
    for html_file in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for tag in soup(["script", "style"]):
            tag.decompose()
        text = " ".join(soup.get_text(" ").split())
        found += [
            f"{html_file.relative_to(site)}: ...{m.group(0)}..."
            for m in re.finditer(r".{0,50}\bbak(?:e|es|ed|ing)\b.{0,30}", text, re.I)
        ]
    assert not found, "\n".join(found)


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
    """For people to look at (CI keeps them): a chapter, an output with a long error message, a
    figure, an example waiting for its GPU recording, the cheat sheet and the notebook page, on a
    desktop and on a 390 px phone, light and dark."""
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
    shots = [
        (
            "error-output",
            "tensors/shape.html",
            '.snip[data-snip="shape/view_fails_after_transpose"]',
        ),
        ("figure", "autograd/computation-graph.html", ".snip-figure"),
        ("gpu-pending", "devices/gpu-memory.html", ".snip:has(.snip-pending)"),
        ("cheatsheet", "cheatsheet.html", "article table"),
        ("notebook", "notebooks/end_to_end.html", ".jp-CodeCell:has(.snip-figure)"),
    ]
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            page.goto(base_url + CHAPTER)
            page.screenshot(path=ARTIFACTS / f"chapter-{width}-{scheme}.png")
            for name, rel, selector in shots:
                page.goto(base_url + rel)
                block = page.locator(selector).first
                block.scroll_into_view_if_needed()
                page.wait_for_timeout(200)
                block.screenshot(path=ARTIFACTS / f"{name}-{width}-{scheme}.png")


AXE = Path(axe_playwright_python.__file__).with_name("axe.min.js")  # axe-core, from disk
SERIOUS = ("serious", "critical")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(site, base_url, browser, scheme):
    """axe-core on every page (and the 404 page): no serious or critical violation."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    script = AXE.read_text(encoding="utf-8")
    problems, counts = [], {}
    for rel in [*all_pages(site), "no/such/page.html"]:
        page.goto(base_url + rel)
        assert page.evaluate("document.body.dataset.mdColorScheme") == (
            "slate" if scheme == "dark" else "default"
        )
        page.evaluate(script)
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        for v in result["violations"]:
            counts[v["id"]] = counts.get(v["id"], 0) + len(v["nodes"])
            if v["impact"] in SERIOUS:
                problems += [
                    f"{rel}: {v['id']} ({v['impact']}) {n['target']}: "
                    + n["failureSummary"].splitlines()[-1].strip()
                    for n in v["nodes"][:3]
                ]
    context.close()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"axe-{scheme}.txt").write_text(
        f"axe-core {result['testEngine']['version']}, {scheme} scheme, all pages: nodes per rule\n"
        + "".join(f"{n:6}  {rule}\n" for rule, n in sorted(counts.items())),
        encoding="utf-8",
    )
    assert not problems, "\n".join(problems[:30])


# Sideways scrolling of outputs, and line breaks inside the cheat sheet's API names.
OUTPUTS_THAT_SCROLL = """() => [...document.querySelectorAll('.snip-output pre > code')]
    .filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.slice(0, 60))"""
NAMES_BROKEN_MID_WORD = """() => {
    const broken = [];
    for (const code of document.querySelectorAll('article table code')) {
        const text = code.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) continue;
        const range = document.createRange();
        let top = null;
        for (let i = 0; i < text.length; i++) {
            range.setStart(text, i); range.setEnd(text, i + 1);
            const box = range.getClientRects()[0];
            if (!box) continue;
            if (top !== null && box.top > top + 2 && text.data[i - 1] !== ' ' && text.data[i] !== ' ')
                broken.push(text.data.slice(0, i) + '|' + text.data.slice(i));
            top = box.top;
        }
    }
    return broken;
}"""


@pytest.mark.parametrize("width", [1280, 390])
def test_outputs_wrap_and_api_names_stay_whole(site, base_url, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    scrolling = []
    for rel in all_pages(site):
        page.goto(base_url + rel)
        scrolling += [f"{rel}: {t!r}" for t in page.evaluate(OUTPUTS_THAT_SCROLL)]
    assert not scrolling, f"outputs that scroll sideways at {width} px:\n" + "\n".join(scrolling)
    page.goto(base_url + "cheatsheet.html")
    broken = page.evaluate(NAMES_BROKEN_MID_WORD)
    assert not broken, f"API names broken mid-word at {width} px: {broken[:10]}"


@pytest.mark.parametrize("width", [1280, 390])
def test_notebook_page_reads_like_the_others(site, base_url, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(base_url + "notebooks/end_to_end.html")
    # the cells use the column's full width (nothing squeezes them beside the page buttons)
    squeeze = page.evaluate(
        """() => { const a = document.querySelector('article.md-content__inner');
            const s = getComputedStyle(a);
            const column = a.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
            return column - document.querySelector('.jp-Notebook').getBoundingClientRect().width; }"""
    )
    assert squeeze < 1, f"the notebook is {squeeze:.0f} px narrower than the column"
    assert page.locator(".jp-InputPrompt:visible").count() == 0
    # each printed output and each figure is stamped like every example's, figures have alt text
    stamps = page.locator(".snip-output .filename").all_inner_texts()
    assert stamps and all("CPU · torch" in s for s in stamps), stamps
    figures = page.locator(".snip-figure")
    assert figures.count() >= 1
    for i in range(figures.count()):
        assert "CPU · torch" in figures.nth(i).locator("figcaption").inner_text()
        alt = figures.nth(i).locator("img").get_attribute("alt")
        assert alt and "No description" not in alt, alt
    # a download of the notebook itself, under its title
    download = page.locator("article a[download$='.ipynb']").first
    assert download.get_attribute("href") == "end_to_end.ipynb"
    assert (site / "notebooks" / "end_to_end.ipynb").is_file()
    # Material's permalinks, not nbconvert's "¶" links, so search titles carry no "¶"
    assert page.locator("a.anchor-link").count() == 0
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["title"] for d in index["docs"] if "¶" in d["title"]]


BUDGET_GZIP = 150_000  # bytes a first visit to a chapter may transfer, gzip-compressed


def test_page_weight_of_a_chapter(base_url, page):
    """Bytes transferred on a first visit to a chapter, as GitHub Pages serves them (gzip): within
    the budget, because the search index waits until the reader opens the search."""
    sizes, gzipped = {}, {}

    def record(response):
        if response.ok:
            body = response.body()
            sizes[response.url] = len(body)
            gzipped[response.url] = len(gzip.compress(body))

    page.on("response", record)
    page.goto(base_url + CHAPTER, wait_until="networkidle")
    page.wait_for_timeout(500)
    total, total_gzip = sum(sizes.values()), sum(gzipped.values())
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "page-weight.txt").write_text(
        f"{CHAPTER}: {total:,} bytes in {len(sizes)} responses (uncompressed); "
        f"{total_gzip:,} bytes gzip-compressed, as GitHub Pages serves them\n"
        + "\n".join(
            f"{n:>9,}  {gzipped[u]:>9,}  {u.rsplit('/', 1)[-1]}"
            for u, n in sorted(sizes.items(), key=lambda x: -x[1])
        )
        + "\n",
        encoding="utf-8",
    )
    assert not [u for u in sizes if "search_index" in u], "the search index loaded unasked"
    assert total_gzip <= BUDGET_GZIP, f"a chapter's first load is {total_gzip:,} bytes gzip"
    # opening the search fetches the index, and search works
    assert 0 < rank_of(search(page, "from_numpy"), "tensors/creation.html") <= 3
    assert [u for u in sizes if u.endswith("search/search_index.json")]
