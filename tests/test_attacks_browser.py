"""The reliability review's injection attacks, end to end: hostile examples (tests/attacks/site/)
go through the real bake and the real site build into a small site, which Chromium then opens:
no script of theirs runs, no element or attribute of theirs exists, and what they printed is
shown as text. The examples that pass must also pass the strict build; the two that fail (a
failure message, a refused figure) are then added and built as `make serve` would show them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("attack-site")]
ATTACKS = Path(__file__).parent / "attacks" / "site"
PASSING = ["output_markup", "figure_titles", "hidden_code"]
FAILING = ["error_html", "svg_script"]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync", "--disable-quic"]  # fmt: skip


def small_site(root: Path, names: list[str]) -> None:
    """A copy of the site's configuration, theme and assets with one page of attacks."""
    if not root.exists():
        (root / "docs").mkdir(parents=True)
        for folder in ("assets", "overrides"):
            shutil.copytree(ROOT / "docs" / folder, root / "docs" / folder)
        (root / "snipbake").symlink_to(ROOT / "snipbake")  # the hook, as mkdocs.yml names it
        config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
        nav = "nav:\n  - Home: index.md\n  - Attack: attack/page.md\n"
        (root / "mkdocs.yml").write_text(re.sub(r"(?ms)^nav:\n.*", nav, config))
        (root / "docs" / "index.md").write_text("# Home\n")
    (root / "snippets" / "attack").mkdir(parents=True, exist_ok=True)
    embeds = []
    for name in names:
        shutil.copy(ATTACKS / f"{name}.py", root / "snippets" / "attack" / f"{name}.py")
        embeds.append(f'{name}:\n\n--8<-- "attack/{name}.md"\n')
    (root / "docs" / "attack").mkdir(exist_ok=True)
    (root / "docs" / "attack" / "page.md").write_text("# Attacks\n\n" + "\n".join(embeds))


def build(root: Path, *flags: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONHASHSEED": "0", "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "-f", "mkdocs.yml", *flags],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="module")
def attack_sites(tmp_path_factory):
    root = tmp_path_factory.mktemp("attacks") / "repo"
    small_site(root, PASSING)
    strict = build(root, "--strict", "--site-dir", str(root / "strict"))
    small_site(root, PASSING + FAILING)
    served = build(root, "--site-dir", str(root / "served"))
    return root, strict, served


def test_the_examples_that_pass_pass_the_strict_build(attack_sites):
    _, strict, _ = attack_sites
    assert strict.returncode == 0, strict.stdout[-3000:] + strict.stderr[-3000:]


@pytest.mark.parametrize("which", ["strict", "served"])
def test_no_attack_runs_or_injects_in_chromium(attack_sites, which):
    from playwright.sync_api import sync_playwright

    root, strict, served = attack_sites
    assert (strict if which == "strict" else served).returncode == 0
    page_file = root / which / "attack" / "page.html"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context()
        context.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(page_file.as_uri(), wait_until="load")
        for y in range(0, 20000, 400):  # lazy images load as they scroll into view
            page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(1000)
        pwned = page.evaluate("document.documentElement.dataset.pwned || ''")
        handlers = page.evaluate(
            "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
            ".filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))"
        )
        article_scripts = page.evaluate("document.querySelectorAll('article script').length")
        text = page.inner_text("article")
        browser.close()
    assert dialogs == [] and pwned == "" and handlers == [] and article_scripts == 0
    for shown in (
        '--8<-- "attack/figure_titles.md"',
        "</code></pre><script>",
        "# --8<-- [start:hidden]",
    ):
        assert shown in text, shown
    if which == "served":
        assert "failed on the CPU" in text and "[x](javascript:alert(2))" in text
