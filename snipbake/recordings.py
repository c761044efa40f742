"""CUDA outputs, recorded on a GPU machine by `make bake DEVICE=cuda` and committed beside the example.

snippets/<chapter>/<name>.cuda.json holds what the example printed on the GPU, the GPU's name, the
torch version, the date, and the hash of the source it ran. A recording whose hash no longer matches
the example is stale: the page still shows it, marked as such, and the tests fail until it is redone.

A CUDA example written where no GPU was at hand is listed in snippets/cuda-pending.txt with a reason;
the tests accept a missing recording only for examples listed there.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

from .cache import source_hash, torch_version, write_if_changed
from .examples import Example

PENDING = Path("snippets") / "cuda-pending.txt"


def path_for(example: Example) -> Path:
    return example.path.with_name(f"{example.name}.cuda.json")


def load(example: Example) -> dict | None:
    try:
        return json.loads(path_for(example).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def state(example: Example, recording: dict | None = None) -> str:
    """'fresh', 'stale' (source changed since it was recorded) or 'missing'."""
    recording = recording if recording is not None else load(example)
    if not recording:
        return "missing"
    return "fresh" if recording.get("source_hash") == source_hash(example) else "stale"


def save(example: Example, result: dict) -> Path:
    record = {
        "example": example.rel,
        "source_hash": source_hash(example),
        "device_name": result.get("device_name", "CUDA"),
        "torch": torch_version(),
        "recorded": _dt.date.today().isoformat(),
        "seconds": result.get("seconds"),
        "output": result.get("output", ""),
        "truncated_bytes": result.get("truncated_bytes", 0),
    }
    p = path_for(example)
    old = load(example)
    if old and {k: v for k, v in old.items() if k != "recorded"} == {
        k: v for k, v in record.items() if k not in ("recorded", "seconds")
    } | {"seconds": old.get("seconds")}:
        return p  # same output as before: keep the old date, no diff
    write_if_changed(p, json.dumps(record, indent=1, sort_keys=True) + "\n")
    return p


def pending(root: Path) -> dict[str, tuple[int, str]]:
    """{example path: (line number in the pending file, reason)}."""
    out: dict[str, tuple[int, str]] = {}
    try:
        lines = (root / PENDING).read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        rel, _, reason = line.partition(" ")
        out[rel] = (n, reason.strip().lstrip("#").strip())
    return out
