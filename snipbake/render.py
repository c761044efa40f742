"""One Markdown fragment per example: the code, then what it printed and drew, stamped.

Pure Markdown (Material + pymdown-extensions syntax): a chapter pulls it in with one line,
`--8<-- "<chapter>/<name>.md"`, so the site generator stays a plain includer. Links are absolute
to the docs root (`/_snippets/...`), which MkDocs rewrites relative to each page
(validation.links.absolute_links: relative_to_docs).
"""

from __future__ import annotations

import re

from .cache import torch_version
from .examples import Example, display_source

SITE_DIR = "_snippets"  # where downloads and figures live in the built site
COLLAPSE_LINES = 40  # longer outputs are folded (still in the page, still searchable)


def fence(text: str, lang: str, attrs: str = "") -> str:
    ticks = "`" * max(3, 1 + max((len(m) for m in re.findall(r"`+", text)), default=0))
    head = f"{ticks}{lang}" + (f" {attrs}" if attrs else "")
    body = text if text.endswith("\n") else text + "\n"
    return f"{head}\n{body}{ticks}\n"


def indent(text: str, n: int = 4) -> str:
    pad = " " * n
    return "".join(pad + ln if ln.strip() else ln for ln in text.splitlines(keepends=True))


def _quote(s: str) -> str:
    return s.replace('"', "'")


def download_url(example: Example, file: str | None = None) -> str:
    """Where the site serves an example (or a helper file beside it) for download."""
    return f"/{SITE_DIR}/{example.chapter}/{file or example.name + '.py'}"


def notebook_page(example: Example) -> str:
    """The docs path at which a `notebook` example becomes a page (what the nav lists)."""
    return f"notebooks/{example.name}.ipynb"


def figure_url(example: Example, device: str, file: str) -> str:
    return f"/{SITE_DIR}/{device}/{example.chapter}/{example.name}/{file}"


def output_block(text: str, stamp: str, truncated: int = 0) -> str:
    if truncated:
        text = text.rstrip("\n") + f"\n… [output truncated: {truncated:,} more bytes not shown]\n"
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if lines > COLLAPSE_LINES:
        return f'??? abstract "{_quote(stamp)} · {lines} lines"\n\n' + indent(fence(text, "text"))
    return fence(text, "text", f'title="{_quote(stamp)}"')


def figures_md(example: Example, device: str, figures: list[dict], stamp: str) -> str:
    out = []
    for n, fig in enumerate(figures, 1):
        alt = fig.get("alt") or f"Figure {n} drawn by {example.name}.py"
        alt = alt.replace("\n", " ").replace("[", "\\[").replace("]", "\\]")
        size = f' width="{fig["width"]}" height="{fig["height"]}"' if fig.get("width") else ""
        out.append(
            f"![{alt}]({figure_url(example, device, fig['file'])}){{ loading=lazy{size} }}\n\n"
            f'<small class="snip-stamp">Figure {n} · {stamp}</small>\n'
        )
    return "\n".join(out)


def cpu_part(example: Example, result: dict | None) -> str:
    stamp = f"CPU · torch {torch_version()}"
    if result is None:
        return (
            '!!! warning "Not baked yet"\n\n'
            "    Run `make bake` to execute this example and show its output here.\n"
        )
    if result["status"] == "skipped":
        return f'!!! info "Not run on CPU"\n\n    {result["reason"]}\n'
    parts = []
    if example.varies:
        stamp += " · varies run to run"
    if result["status"] == "failed":
        err = result.get("error", {})
        where = f" (line {err['line']})" if err.get("line") else ""
        parts.append(
            f'!!! failure "This example failed on CPU{where}"\n\n'
            f"    {err.get('message', 'failed')}\n"
        )
    text = result.get("output", "")
    if text or result["status"] == "failed":
        parts.append(
            output_block(
                text or "(no output)\n", f"Output · {stamp}", result.get("truncated_bytes", 0)
            )
        )
    figs = [f for c in result.get("cells", []) for f in c.get("figures", [])]
    if figs:
        parts.append(figures_md(example, "cpu", figs, stamp))
    if not parts:
        parts.append(f'<small class="snip-stamp">Ran without printing · {stamp}</small>\n')
    return "\n".join(parts)


def cuda_part(example: Example, recording: dict | None, rec_state: str) -> str:
    if recording is None:
        return (
            '!!! note "No GPU recording yet"\n\n'
            "    This example has not been run on a CUDA GPU yet. On a machine with one,\n"
            "    `make bake DEVICE=cuda` records its output here.\n"
        )
    stamp = (
        f"Output · {recording.get('device_name', 'CUDA')} · torch {recording.get('torch')}"
        f" · recorded {recording.get('recorded')}"
    )
    out = ""
    if rec_state == "stale":
        out += (
            '!!! warning "Recorded for an earlier version of this example"\n\n'
            "    The code changed after this output was recorded on a GPU.\n\n"
        )
    return out + output_block(
        recording.get("output") or "(no output)\n", stamp, recording.get("truncated_bytes", 0)
    )


def fragment(
    example: Example,
    source: str,
    cpu: dict | None,
    recording: dict | None = None,
    rec_state: str = "missing",
    helpers: tuple[str, ...] = (),
) -> str:
    code = fence(display_source(source), "python", f'title="{example.rel}"')
    needs = "".join(
        f' · needs [{h}]({download_url(example, h)}){{ download="{h}" }}' for h in helpers
    )
    links = (
        f'<p class="snip-links" markdown>[:material-download: {example.name}.py]'
        f'({download_url(example)}){{ download="{example.name}.py" }}{needs}</p>\n'
    )
    if example.records_cuda:
        body = (
            '=== "CPU"\n\n' + indent(cpu_part(example, cpu)) + "\n"
            '=== "CUDA"\n\n' + indent(cuda_part(example, recording, rec_state))
        )
    else:
        body = cpu_part(example, cpu)
    return (
        f'<div class="snip" id="snip-{example.chapter}-{example.name}" markdown>\n\n'
        f"{code}\n{links}\n{body}\n</div>\n"
    )
