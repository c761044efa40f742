"""Find the examples under snippets/ and read the `# bake:` line that declares their needs.

Layout: snippets/<chapter>/<name>.py is one example. Files whose name starts with `_` are helpers
that examples import (they are hashed into the importing example's cache key, never run alone).

Header (optional, one line anywhere in the file, shown nowhere on the site):

    # bake: devices=cuda timeout=120 memory=6GiB varies notebook

  devices=cpu | cuda | cpu,cuda  where it runs; `cuda` alone is skipped on a machine without a GPU,
                                 and anything with cuda is recorded by `make bake DEVICE=cuda`
  timeout=SECONDS                hard limit, the child is killed after it; default 60
  budget=SECONDS                 soft limit checked by the tests, in CPU seconds (wall time may
                                 take 4x: examples that wait); default 10
  memory=N[MiB|GiB]              address-space limit on top of the parent's, default 4GiB
  varies                         output legitimately differs run to run (exempt from the
                                 determinism check; the page says so)
  alone                          runs by itself, after the others, never beside another example:
                                 for examples that time themselves (a busy neighbour skews them)
  notebook                       `# %%` cells; baked cell by cell into an .ipynb page
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

HEADER = re.compile(r"^#\s*bake:(.*)$")
DEFAULT_TIMEOUT = 60.0
DEFAULT_BUDGET = 10.0
DEFAULT_MEMORY = 4 << 30
_UNITS = {
    "": 1,
    "b": 1,
    "kib": 1 << 10,
    "mib": 1 << 20,
    "gib": 1 << 30,
    "k": 1 << 10,
    "m": 1 << 20,
    "g": 1 << 30,
    "kb": 1 << 10,
    "mb": 1 << 20,
    "gb": 1 << 30,
}


class ExampleError(Exception):
    """A problem with an example file itself; str() names the file and line."""


@dataclass(frozen=True)
class Example:
    path: Path  # absolute
    rel: str  # "snippets/tensors/creation.py", as shown to people
    chapter: str
    name: str
    devices: tuple[str, ...] = ("cpu",)
    timeout: float = DEFAULT_TIMEOUT
    budget: float = DEFAULT_BUDGET
    memory: int = DEFAULT_MEMORY
    varies: bool = False
    alone: bool = False
    notebook: bool = False
    header_line: int = 0  # 1-based line of the `# bake:` header, 0 when absent
    problems: tuple[str, ...] = field(default=())  # header problems, reported as failures

    @property
    def slug(self) -> str:
        return f"{self.chapter}/{self.name}"

    @property
    def needs_cuda(self) -> bool:
        return self.devices == ("cuda",)

    @property
    def records_cuda(self) -> bool:
        return "cuda" in self.devices

    def runs_on(self, device: str) -> bool:
        return device in self.devices


def parse_header(path: Path, rel: str, text: str) -> dict:
    opts: dict = {}
    problems = []
    for lineno, line in enumerate(text.splitlines(), 1):
        m = HEADER.match(line)
        if not m:
            continue
        if "header_line" in opts:
            problems.append(
                f"{rel}:{lineno}: a second `# bake:` line; put every option on one line"
            )
            continue
        opts["header_line"] = lineno
        for word in m.group(1).split():
            key, _, value = word.partition("=")
            try:
                if key == "devices":
                    devs = tuple(d for d in value.split(",") if d)
                    if not devs or set(devs) - {"cpu", "cuda"}:
                        raise ValueError("devices must be cpu, cuda or cpu,cuda")
                    opts["devices"] = tuple(sorted(devs))
                elif key in ("timeout", "budget"):
                    opts[key] = float(value)
                    if opts[key] <= 0:
                        raise ValueError(f"{key} must be positive seconds")
                elif key == "memory":
                    m2 = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([a-zA-Z]*)", value)
                    if not m2 or m2.group(2).lower() not in _UNITS:
                        raise ValueError("memory takes a size such as 2GiB or 512MiB")
                    opts["memory"] = int(float(m2.group(1)) * _UNITS[m2.group(2).lower()])
                elif key in ("varies", "alone", "notebook") and not value:
                    opts[key] = True
                else:
                    raise ValueError(
                        f"unknown option {word!r} (known: devices=, timeout=, budget=, memory=, varies, alone, notebook)"
                    )
            except ValueError as e:
                problems.append(f"{rel}:{lineno}: bad `# bake:` header: {e}")
    opts["problems"] = tuple(problems)
    return opts


def load(path: Path, root: Path) -> Example:
    rel = path.relative_to(root).as_posix()
    parts = path.relative_to(root / "snippets").parts
    text = path.read_text(encoding="utf-8")
    opts = parse_header(path, rel, text)
    if len(parts) != 2:
        opts["problems"] += (
            f"{rel}:1: examples live at snippets/<chapter>/<name>.py (one folder deep)",
        )
    return Example(path=path, rel=rel, chapter=parts[0], name=path.stem, **opts)


def is_example_file(path: Path) -> bool:
    return path.suffix == ".py" and not path.name.startswith("_")


def discover(root: Path) -> list[Example]:
    """Every example under root/snippets, sorted by path."""
    base = root / "snippets"
    found = sorted(
        p for p in base.rglob("*.py") if is_example_file(p) and "__pycache__" not in p.parts
    )
    return [load(p, root) for p in found]


def display_source(text: str) -> str:
    """The source as the site shows it: without the `# bake:` line (tooling, not teaching)."""
    lines = [ln for ln in text.splitlines() if not HEADER.match(ln)]
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines).rstrip() + "\n"
