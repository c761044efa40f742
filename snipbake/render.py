"""One Markdown fragment per example: the code, then what it printed and drew, stamped.

Pure Markdown (Material + pymdown-extensions syntax): a page pulls it in with one line,
`--8<-- "<page>/<name>.md"`, so the site generator stays a plain includer.

Everything that came from an example is data, never markup: code and output lines that look like
snippet notation are escaped (pymdownx.snippets would otherwise include files, or drop lines,
inside a fence), fences are longer than any backtick run in the text, error messages sit in a code
block, figure alt text is HTML-escaped in a raw `<img>`, and names are restricted (examples.py).
"""

from __future__ import annotations

import html
import re

from pymdownx.snippets import SnippetPreprocessor

from .examples import Example, display_source
from .layout import download_path, figure_path, link_from_page
from .model import Result
from .store import torch_version

COLLAPSE_LINES = 40  # longer outputs are folded (still in the page)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def neutralise(line: str) -> str:
    """A line that pymdownx.snippets would act on gets its escape (`;`), which it removes again:
    the page shows the line exactly, and nothing is included or hidden."""
    m = SnippetPreprocessor.RE_ALL_SNIPPETS.match(line)
    if m:
        return line[: m.start("escape")] + ";" + line[m.start("escape") :]
    m = SnippetPreprocessor.RE_SNIPPET_SECTION.match(line) if "8<-" in line else None
    if m:
        return line[: m.start("escape")] + ";" + line[m.start("escape") :]
    return line


def fence(text: str, lang: str, attrs: str = "") -> str:
    ticks = "`" * max(3, 1 + max((len(m) for m in re.findall(r"`+", text)), default=0))
    head = f"{ticks}{lang}" + (f" {attrs}" if attrs else "")
    body = "\n".join(neutralise(ln) for ln in text.split("\n"))
    body = body if body.endswith("\n") else body + "\n"
    return f"{head}\n{body}{ticks}\n"


def indent(text: str, n: int = 4) -> str:
    pad = " " * n
    return "\n".join(pad + ln if ln.strip() else ln for ln in text.split("\n"))


def _title(text: str) -> str:
    """An admonition or details title: one line, no quotes (Markdown escapes the rest)."""
    return _CONTROL.sub(" ", text).replace('"', "'")


def _attr(text: str) -> str:
    """A fence's title (pymdownx escapes it for HTML)."""
    return _title(text)


def stamp(result: Result | None, device: str = "cpu") -> str:
    prov = result.provenance if result else None
    torch = prov.torch if prov and prov.torch else torch_version()
    if device == "cpu":
        return f"CPU · torch {torch}"
    name = prov.device_name if prov and prov.device_name else "CUDA GPU"
    date = f" · recorded {prov.date}" if prov and prov.date else ""
    return f"{name} · torch {torch}{date}"


def output_block(text: str, label: str, truncated: int = 0) -> str:
    if truncated:
        text = text.rstrip("\n") + f"\n… [output truncated: {truncated:,} more bytes not shown]\n"
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if lines > COLLAPSE_LINES:
        block = f'??? abstract "{_title(label)} · {lines} lines"\n\n' + indent(fence(text, "text"))
    else:
        block = fence(text, "text", f'title="{_attr(label)}"')
    # Outputs stay out of the search index: readers search for ideas and API names, not numbers.
    return f'<div class="snip-output" data-search-exclude markdown>\n\n{block}\n</div>\n'


def figures_html(ex: Example, device: str, figures, label: str, first: int = 1) -> str:
    out = []
    for n, fig in enumerate(figures, first):
        alt = _CONTROL.sub(" ", fig.alt).strip() or f"Figure {n} drawn by {ex.name}.py"
        src = link_from_page(figure_path(ex.page, ex.name, device, fig.file))
        size = f' width="{fig.width}" height="{fig.height}"' if fig.width else ""
        out.append(
            f'<figure class="snip-figure">\n<img src="{html.escape(src)}" '
            f'alt="{html.escape(alt, quote=True)}" loading="lazy"{size}>\n'
            f'<figcaption class="snip-stamp">Figure {n} · {html.escape(label)}</figcaption>\n'
            "</figure>\n"
        )
    return "\n".join(out)


def _failure(result: Result, where: str) -> str:
    err = result.error
    line = f" (line {err.line})" if err and err.line else ""
    message = err.message if err else "failed"
    return f'!!! failure "This example failed {where}{line}"\n\n' + indent(fence(message, "text"))


def result_part(ex: Example, result: Result | None, device: str) -> str:
    """What one run printed and drew, or why there is nothing to show."""
    if result is None:
        return '!!! warning "No output yet"\n\n    This example has not been run yet.\n'
    if result.status == "skipped":
        return f'!!! info "Not run on the CPU"\n\n    {result.reason}\n'
    label = stamp(result, device)
    if ex.varies:
        label += " · varies run to run"
    parts = []
    if result.status == "failed":
        parts.append(_failure(result, "on the CPU" if device == "cpu" else "on the GPU"))
    text = result.output
    if text or result.status == "failed":
        parts.append(
            output_block(text or "(no output)\n", f"Output · {label}", result.truncated_bytes)
        )
    if result.figures:
        parts.append(figures_html(ex, device, result.figures, label))
    if not parts:
        parts.append(f'<p class="snip-stamp">Ran without printing · {html.escape(label)}</p>\n')
    return "\n".join(parts)


def recording_part(ex: Example, recording: Result, stale: bool) -> str:
    note = ""
    if stale:
        note = (
            '!!! warning "Recorded for an earlier version of this example"\n\n'
            "    The code changed after this output was recorded on a GPU.\n\n"
        )
    return note + result_part(ex, recording, "cuda")


PENDING_NOTE = (
    '<p class="snip-pending">GPU output not recorded yet: this example also runs on a CUDA GPU, '
    "and its GPU output appears here once it has been recorded on one.</p>\n"
)
NEEDS_GPU = (
    '!!! info "Needs a CUDA GPU"\n\n'
    "    This example runs only on a CUDA GPU. Its output appears here once it has been\n"
    "    recorded on one; until then, the text around it says what to expect.\n"
)


def fragment(ex: Example, cpu: Result | None, recording: Result | None, stale: bool) -> str:
    code = fence(display_source(ex.source), "python", f'title="{_attr(ex.rel)}"')
    if not ex.records_cuda:
        body = result_part(ex, cpu, "cpu")
    elif not ex.runs_on("cpu"):  # CUDA only: the recording is the example's output
        body = recording_part(ex, recording, stale) if recording else NEEDS_GPU
    elif recording is None:  # never hide the real CPU output behind an empty tab
        body = result_part(ex, cpu, "cpu") + "\n" + PENDING_NOTE
    else:
        body = (
            '=== "CPU"\n\n' + indent(result_part(ex, cpu, "cpu")) + "\n\n"
            '=== "CUDA"\n\n' + indent(recording_part(ex, recording, stale)) + "\n"
        )
    snip = html.escape(f"{ex.page}/{ex.name}", quote=True)
    download = "" if ex.problems else links(ex)  # an invalid example publishes nothing
    return (
        f'<div class="snip" data-snip="{snip}" markdown>\n'
        f'<span class="snip-anchor" id="{html.escape(anchor(ex), quote=True)}"></span>\n\n'
        f"{code}\n{body}\n{download}\n</div>\n"
    )


def anchor(ex: Example) -> str:
    """A link target for the example. `.` cannot occur in a page or example name, so ids never
    collide; the wrapper itself carries none, so each code block gets its own id (copy buttons)."""
    return f"snip-{ex.page}.{ex.name}"


def links(ex: Example) -> str:
    def link(file: str) -> str:
        href = html.escape(link_from_page(download_path(ex.page, file)))
        return f'<a href="{href}" download="{html.escape(file)}">{html.escape(file)}</a>'

    needs = "".join(f" · needs {link(h)}" for h in ex.helpers)
    return f'<p class="snip-links">Download {link(ex.name + ".py")}{needs}</p>\n'


def page_notebook_link(href: str) -> str:
    name = html.escape(href.rsplit("/", 1)[-1])
    return (
        f'<p class="snip-notebook"><a href="{html.escape(href)}" download="{name}">'
        "Download this page's examples as a notebook</a></p>\n"
    )


def after_title(markdown: str, block: str) -> str:
    """`block` inserted under the page's `# Title` (or at the top)."""
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: i + 1] + ["", block.rstrip("\n")] + lines[i + 1 :])
    return block + "\n" + markdown


def notebook_page(ex: Example, result: Result | None, download: str) -> str:
    """A `notebook` example as a Markdown page, cell by cell: prose, code, output, figures; the
    notebook download under its title."""
    if result is None or not result.cells:
        return f"# {html.escape(ex.name)}\n\n" + result_part(ex, result, "cpu")
    label = stamp(result, "cpu")
    parts, n_fig = [], 1
    for cell in result.cells:
        if cell.kind == "markdown":
            parts.append("\n".join(neutralise(ln) for ln in cell.source.split("\n")) + "\n")
            continue
        block = fence(cell.source, "python")
        if cell.output:
            block += "\n" + output_block(cell.output, f"Output · {label}")
        if cell.figures:
            block += "\n" + figures_html(ex, "cpu", cell.figures, label, n_fig)
            n_fig += len(cell.figures)
        parts.append(f'<div class="snip" markdown>\n\n{block}\n</div>\n')
    if result.status == "failed":
        parts.append(_failure(result, "on the CPU"))
    return (
        after_title("\n".join(parts), page_notebook_link(download))
        if download
        else "\n".join(parts)
    )


def missing_example(where: str, target: str) -> str:
    """Stands in for the fragment of an example that does not exist, until the embed is fixed."""
    guess = f"snippets/{target.removesuffix('.md')}.py"
    return f'!!! failure "No such example: {_title(target)}"\n\n' + indent(
        fence(f"{where}: embeds {target!r}, but there is no example {guess}", "text")
    )
