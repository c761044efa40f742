"""Content-hash cache keys, and the store of each example's latest result.

The key covers everything that can change what an example prints: its source and every support file
in its folder (helpers, data), the installed versions of Python, torch, numpy and matplotlib, the
device kind, and the engine's own source (no version number to bump by hand). Never file times: a
fresh clone or a branch switch hits the cache when the content is the same.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
from functools import cache
from importlib import metadata
from pathlib import Path

from .examples import Example
from .layout import Layout
from .model import Provenance, Result

# The modules whose code decides what an example prints (how it runs, what is captured).
ENGINE_FILES = ("child.py", "runner.py", "sandbox.py", "capture.py", "examples.py", "model.py")


@cache
def version(package: str) -> str:
    """An installed package's version, from its metadata: reading it must not import torch
    (a warm bake never does). Local tags (`+cpu`) dropped: they name the wheel, not the code."""
    try:
        return metadata.version(package).split("+")[0]
    except metadata.PackageNotFoundError:
        return ""


def torch_version() -> str:
    return version("torch")


@cache
def engine_hash() -> str:
    here = Path(__file__).parent
    h = hashlib.sha256()
    for name in ENGINE_FILES:
        h.update(name.encode() + b"\0" + (here / name).read_bytes())
    return h.hexdigest()


def provenance(device_name: str = "", date: str = "", isolation: str = "") -> Provenance:
    return Provenance(
        torch=torch_version(),
        numpy=version("numpy"),
        matplotlib=version("matplotlib"),
        python=platform.python_version(),
        device_name=device_name,
        date=date,
        isolation=isolation,
    )


def key(example: Example, device: str) -> str:
    p = provenance()
    h = hashlib.sha256()
    for part in (engine_hash(), p.python, p.torch, p.numpy, p.matplotlib, device, example.rel):
        h.update(part.encode() + b"\0")
    h.update(example.digest.encode())
    return h.hexdigest()


class Store:
    """Latest result per example and device, with its figures. Written only by the bake parent."""

    def __init__(self, layout: Layout):
        self.layout = layout
        self.written: set[Path] = set()  # what this bake wrote (the tripwire knows its own writes)

    def path(self, ex: Example, device: str) -> Path:
        return self.layout.result_path(ex.page, ex.name, device)

    def figure_dir(self, ex: Example, device: str) -> Path:
        return self.layout.figure_dir(ex.page, ex.name, device)

    def load(self, ex: Example, device: str) -> Result | None:
        try:
            data = json.loads(self.path(ex, device).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        result = Result.from_json(data)
        return result if result and result.example == ex.rel else None

    def hit(self, ex: Example, device: str, k: str, *, require_checked: bool) -> Result | None:
        """The stored result, if it is current: same key, ran fine, every figure still on disk,
        and (for the test bake) checked for determinism."""
        r = self.load(ex, device)
        if r is None or r.key != k or not r.ok:
            return None
        if require_checked and not r.checked and not ex.varies:
            return None
        figdir = self.figure_dir(ex, device)
        if not all((figdir / f.file).is_file() for f in r.figures):
            return None
        return r

    def save(self, result: Result, ex: Example) -> None:
        path = self.path(ex, result.device)
        write_if_changed(path, json.dumps(result.to_json(), indent=1, sort_keys=True) + "\n")
        self.written |= {path, *path.parents}

    def save_figures(self, ex: Example, device: str, figures: dict[str, bytes]) -> None:
        """Replace the example's figures with these (name -> checked bytes)."""
        figdir = self.figure_dir(ex, device)
        figdir.mkdir(parents=True, exist_ok=True)
        for old in figdir.iterdir():
            if old.name not in figures:
                old.unlink()
        for name, data in figures.items():
            write_if_changed(figdir / name, data)
            self.written.add(figdir / name)
        self.written |= {figdir, *figdir.parents}


def write_if_changed(path: Path, content: str | bytes) -> bool:
    """Write only when the content differs, so file watchers (mkdocs serve) see no spurious change;
    atomically (a killed bake never leaves half a file)."""
    data = content.encode() if isinstance(content, str) else content
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return True
