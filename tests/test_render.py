"""Fragments through the site's real Markdown (the extensions and settings of mkdocs.yml, snippets
included), as markdown-exec tests its rendering: every shape of fragment renders as intended, and
nothing an example prints, draws, raises or is named can become markup."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from mkdocs.utils.yaml import yaml_load

from snipbake.examples import Example
from snipbake.model import Cell, Error, Figure, Provenance, Result
from snipbake.render import fragment
from tests.conftest import ROOT


def converter(fragments: Path) -> markdown.Markdown:
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        config = yaml_load(f)
    names, configs = [], {}
    for item in config["markdown_extensions"]:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        names.append(name)
        configs[name] = dict(options or {})
    configs["pymdownx.snippets"].update(base_path=[str(fragments)], check_paths=True)
    return markdown.Markdown(extensions=names, extension_configs=configs)


def example(page="p", name="ex", source='print("hi")\n', **kw) -> Example:
    return Example(Path(f"/x/snippets/{page}/{name}.py"), f"snippets/{page}/{name}.py", page, name,
                   source=source, **kw)  # fmt: skip


def ok(ex, output="", figures=(), device="cpu") -> Result:
    cells = (Cell("code", ex.source, output, tuple(figures)),)
    return Result(ex.rel, device, "ok", cells, provenance=Provenance("2.13.0", device_name="H100"))


def render_page(tmp_path, *frags: tuple[Example, str]) -> BeautifulSoup:
    """A page embedding each fragment with its `--8<--` line, converted as the site does."""
    lines = []
    for ex, text in frags:
        target = tmp_path / "fragments" / ex.page / f"{ex.name}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        lines.append(f'Before.\n\n--8<-- "{ex.page}/{ex.name}.md"\n\nAfter.\n')
    html = converter(tmp_path / "fragments").convert("# Page\n\n" + "\n".join(lines))
    return BeautifulSoup(html, "html.parser")


def code_blocks(soup) -> list[str]:
    return [c.get_text() for c in soup.find_all("code")]


def assert_inert(soup):
    """No element or attribute an example could have smuggled in."""
    assert soup.find("script") is None
    for el in soup.find_all(True):
        for attr, value in el.attrs.items():
            assert not attr.startswith("on"), (el.name, attr)
            assert "javascript:" not in str(value), (el.name, attr)
    assert not [i for i in soup.find_all("img") if not i["src"].startswith("../_snippets/")]


def test_a_plain_example_shows_its_code_output_stamp_and_download(tmp_path):
    ex = example()
    soup = render_page(tmp_path, (ex, fragment(ex, ok(ex, "hi\n"), None, False)))
    block = soup.select_one('div.snip[data-snip="p/ex"]')
    assert code_blocks(block) == ['print("hi")\n', "hi\n"]
    assert block.select_one(".snip-output .filename").get_text() == "Output · CPU · torch 2.13.0"
    assert block.select_one(".filename").get_text() == "snippets/p/ex.py"  # the code's title
    assert block.select_one("a[download]")["href"] == "../_snippets/p/ex.py"
    assert block.get("id") is None and block.select_one("span.snip-anchor")["id"] == "snip-p.ex"


def test_long_outputs_fold_and_outputs_stay_out_of_search(tmp_path):
    ex = example()
    text = "".join(f"line {i}\n" for i in range(45))
    soup = render_page(tmp_path, (ex, fragment(ex, ok(ex, text), None, False)))
    assert soup.select_one(".snip-output details summary").get_text() == (
        "Output · CPU · torch 2.13.0 · 45 lines"
    )
    assert soup.select_one(".snip-output").has_attr("data-search-exclude")


def test_a_cuda_example_without_recording_shows_its_cpu_output_and_no_tabs(tmp_path):
    ex = example(devices=("cpu", "cuda"))
    soup = render_page(tmp_path, (ex, fragment(ex, ok(ex, "cpu\n"), None, False)))
    assert soup.select(".tabbed-set") == []
    assert "cpu\n" in code_blocks(soup)
    assert "GPU output not recorded yet" in soup.select_one(".snip-pending").get_text()


def test_a_recording_gets_linked_tabs_with_its_own_stamp(tmp_path):
    ex = example(devices=("cpu", "cuda"))
    soup = render_page(
        tmp_path, (ex, fragment(ex, ok(ex, "cpu\n"), ok(ex, "cuda:0\n", device="cuda"), False))
    )
    labels = [lab.get_text() for lab in soup.select(".tabbed-labels label")]
    assert labels == ["CPU", "CUDA"]
    stamps = [s.get_text() for s in soup.select(".snip-output .filename")]
    assert stamps == ["Output · CPU · torch 2.13.0", "Output · H100 · torch 2.13.0"]


def test_a_cuda_only_example_without_recording_says_it_needs_a_gpu(tmp_path):
    ex = example(devices=("cuda",))
    skipped = Result.skipped(ex.rel, "cpu", "needs a GPU")
    soup = render_page(tmp_path, (ex, fragment(ex, skipped, None, False)))
    assert soup.select_one(".admonition-title").get_text() == "Needs a CUDA GPU"


def test_a_failure_shows_its_message_as_text(tmp_path):
    ex = example()
    message = '<img src="data:," onerror="alert(11)"> [x](javascript:alert(2)) *not emphasis*'
    failed = ok(ex, "partial\n").replace(status="failed", error=Error("exception", message, line=3))
    soup = render_page(tmp_path, (ex, fragment(ex, failed, None, False)))
    assert soup.select_one(".admonition.failure .admonition-title").get_text() == (
        "This example failed on the CPU (line 3)"
    )
    assert message + "\n" in code_blocks(soup)
    assert_inert(soup)


SNIPPET_LINES = [
    '--8<-- "p/victim.md"',
    ';--8<-- "p/victim.md"',
    "--8<--",
    "p/victim.md",
    "--8<--",
    '--8<-- "/etc/passwd"',
    '--8<-- "../../README.md"',
    "secret = 1  # --8<-- [start:hidden]",
    'print("--8<-- [end:hidden]")',
]


@pytest.mark.parametrize("where", ["code", "output"])
def test_snippet_notation_from_an_example_is_shown_not_executed(tmp_path, where):
    """Reliability review 1a-1c: printed (or written) `--8<--` lines included other files,
    closed the fence and injected HTML, hid lines, or crashed the build."""
    text = "\n".join(SNIPPET_LINES) + "\n"
    victim = example(name="victim")
    ex = example(source=text if where == "code" else 'print("...")\n')
    out = text if where == "output" else "shown\n"
    soup = render_page(
        tmp_path,
        (victim, "<script>document.title='included'</script>\n"),  # what an include would pull
        (ex, fragment(ex, ok(ex, out), None, False)),
    )
    shown = code_blocks(soup.select_one('div.snip[data-snip="p/ex"]'))
    assert text in shown, shown
    assert soup.find_all("script") == [soup.find("script")]  # only the victim page's own


@pytest.mark.parametrize(
    "title",
    [
        'x\\](data:,x){ onerror="alert(2)" }',
        'a\r\r<img src="data:," onerror="alert(1)">\r\r',
        'Squares \\](/_snippets/x.svg){ onload="alert(3)" }<span hidden>',
        """<b title='" onerror="alert(5)'>t</b>""",
    ],
)
def test_figure_titles_are_alt_text_only(tmp_path, title):
    """Reliability review 1d: titles broke out of the Markdown alt text into attributes."""
    ex = example()
    fig = Figure("fig-1.svg", title, 100, 80)
    soup = render_page(tmp_path, (ex, fragment(ex, ok(ex, "", [fig]), None, False)))
    [img] = soup.find_all("img")
    assert set(img.attrs) == {"src", "alt", "loading", "width", "height"}
    assert img["src"] == "../_snippets/cpu/p/ex/fig-1.svg"
    assert img["alt"] == " ".join(title.replace("\r", " ").split(" ")).strip()
    assert_inert(soup)


def test_names_never_become_markup(tmp_path):
    """Reliability review 5: a file name is refused by discovery; its fragment (a failure box)
    still renders it as text, with no link. (A page's own embed line is the author's Markdown.)"""
    ex = example(name="a<img src=x onerror=alert(8)>", problems=("bad name",))
    failed = Result.invalid(ex.rel, ex.problems, None)
    soup = render_page(tmp_path, (ex, fragment(ex, failed, None, False)))
    assert_inert(soup)
    assert soup.select("a[download]") == []
    assert (
        soup.select_one(".filename").get_text()
        == f"snippets/p/{ex.name.replace(chr(34), chr(39))}.py"
    )
