"""Content-hash cache keys, and where each example's latest result is stored.

The key covers everything that can change what an example prints: its source, the source of any
helper module it imports from its own folder (recursively), the torch and Python versions, the device
kind, and the engine version. Never file times: a fresh clone or a branch switch must hit the cache
when the content is the same.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import platform
from functools import cache
from importlib import metadata
from pathlib import Path

from . import ENGINE_VERSION
from .examples import Example


@cache
def torch_version() -> str:
    # From package metadata: reading it must not import torch (a warm bake never does).
    return metadata.version("torch").split("+")[0]


def local_imports(path: Path) -> list[Path]:
    """Helper modules beside `path` that it imports, recursively (what `python path` would find)."""
    seen: dict[Path, None] = {}
    todo = [path]
    while todo:
        current = todo.pop()
        try:
            tree = ast.parse(current.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue  # the runner reports it; the key still covers the raw bytes
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                for candidate in (path.parent / f"{top}.py", path.parent / top / "__init__.py"):
                    if candidate.is_file() and candidate not in seen and candidate != path:
                        seen[candidate] = None
                        todo.append(candidate)
    return sorted(seen)


def key(example: Example, device: str) -> str:
    h = hashlib.sha256()
    for part in (ENGINE_VERSION, platform.python_version(), torch_version(), device, example.rel):
        h.update(part.encode() + b"\0")
    h.update(example.path.read_bytes() + b"\0")
    for helper in local_imports(example.path):
        h.update(helper.name.encode() + b"\0" + helper.read_bytes() + b"\0")
    return h.hexdigest()


def source_hash(example: Example) -> str:
    """Hash of the example and its helpers alone: what a CUDA recording is checked against."""
    h = hashlib.sha256(example.path.read_bytes())
    for helper in local_imports(example.path):
        h.update(helper.read_bytes())
    return h.hexdigest()[:16]


class Store:
    """Latest result per example and device: .bake/results/<device>/<chapter>/<name>.json (+ figures)."""

    def __init__(self, build: Path):
        self.build = build

    def result_path(self, example: Example, device: str) -> Path:
        return self.build / "results" / device / example.chapter / f"{example.name}.json"

    def figure_dir(self, example: Example, device: str) -> Path:
        return self.build / "results" / device / example.chapter / example.name

    def load(self, example: Example, device: str) -> dict | None:
        p = self.result_path(example, device)
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def hit(self, example: Example, device: str, k: str) -> dict | None:
        r = self.load(example, device)
        if r and r.get("key") == k and r.get("status") == "ok":
            figdir = self.figure_dir(example, device)
            if all((figdir / f["file"]).is_file() for f in r.get("figures", [])):
                return r
        return None

    def save(self, example: Example, device: str, result: dict) -> None:
        p = self.result_path(example, device)
        p.parent.mkdir(parents=True, exist_ok=True)
        write_if_changed(p, json.dumps(result, indent=1, sort_keys=True) + "\n")


def write_if_changed(path: Path, text: str) -> bool:
    """Write only when the content differs, so file watchers (mkdocs serve) see no spurious change."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return True
