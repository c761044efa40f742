"""CUDA outputs, recorded on a GPU machine by `make bake DEVICE=cuda` and committed beside the
example: snippets/<page>/<name>.cuda.json holds the Result of the GPU run (what it printed, the GPU's
name, the torch that ran it, the date) and the digest of the source it ran. A recording whose digest
no longer matches the example is stale: the page still shows it, marked as such, and the tests fail
until it is redone. Figures of CUDA runs are not recorded (the CPU tab shows them).

A CUDA example written where no GPU was at hand is listed in snippets/cuda-pending.txt with a
reason; the tests accept a missing recording only for examples listed there. Saving a recording
removes its line from that list, so a GPU run leaves the repository consistent.
"""

from __future__ import annotations

import json
from dataclasses import replace

from .examples import Example
from .layout import Layout
from .model import Result
from .store import write_if_changed


def load(layout: Layout, ex: Example) -> tuple[Result | None, bool]:
    """(the recording, whether it is stale) — (None, False) when there is none."""
    path = layout.recording_path(ex.page, ex.name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, False
    result = Result.from_json(data.get("result", {})) if isinstance(data, dict) else None
    if result is None or result.example != ex.rel:
        return None, False
    return result, data.get("source_digest") != ex.digest


def save(layout: Layout, ex: Example, result: Result) -> None:
    """Write the recording (keeping the old one, date included, when the output is the same)
    and take the example off the pending list."""
    old, stale = load(layout, ex)
    same = (
        old is not None and not stale and old.output == result.output and old.error == result.error
    )
    if not same:
        cells = tuple(replace(c, figures=()) for c in result.cells)
        kept = result.replace(key="", checked=False, seconds=round(result.seconds, 2), cells=cells)
        record = {"source_digest": ex.digest, "result": kept.to_json()}
        path = layout.recording_path(ex.page, ex.name)
        write_if_changed(path, json.dumps(record, indent=1, sort_keys=True) + "\n")
    drop_pending(layout, ex.rel)


def pending(layout: Layout) -> dict[str, tuple[int, str]]:
    """{example path: (line number in the pending file, reason)}."""
    out: dict[str, tuple[int, str]] = {}
    try:
        lines = layout.pending.read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        rel, _, reason = line.partition(" ")
        out[rel] = (n, reason.strip().lstrip("#").strip())
    return out


def drop_pending(layout: Layout, rel: str) -> None:
    try:
        lines = layout.pending.read_text(encoding="utf-8").splitlines(keepends=True)
    except OSError:
        return
    kept = [ln for ln in lines if ln.split(" ", 1)[0].strip() != rel]
    if kept != lines:
        write_if_changed(layout.pending, "".join(kept))
