"""Find the examples under snippets/, read each once, and parse the `# bake:` line that declares
their needs.

Layout: snippets/<page>/<name>.py is one example. Files whose name starts with `_` are helpers that
examples import; they (and any data file beside them) are part of the example's cache key and are
copied into its sandbox, so what runs is exactly what was hashed.

Header (optional, one line anywhere in the file, shown nowhere on the site):

    # bake: devices=cuda timeout=120 memory=6GiB varies notebook

Every option, its default and its maximum are in OPTIONS below (CONTRIBUTING.md shows the same table).
A file that is not a regular UTF-8 file, a name a URL cannot hold, or a bad header is a problem
reported against that example (file:line); it never stops the others.
"""

from __future__ import annotations

import ast
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .layout import NAME, PAGE_NAME, SNIPPETS
from .model import CellKind

HEADER = re.compile(r"^#\s*bake:(.*)$")
GiB = 1 << 30
_UNITS = {"": 1, "b": 1, "k": 1 << 10, "m": 1 << 20, "g": GiB}


@dataclass(frozen=True)
class Option:
    default: object
    maximum: float | None  # a header asking for more is refused: the limits are not opt-out
    meaning: str


OPTIONS: dict[str, Option] = {
    "devices": Option(("cpu",), None, "cpu, cuda or cpu,cuda: where it runs"),
    "timeout": Option(60.0, 600.0, "hard limit in seconds; the example is killed after it"),
    "budget": Option(10.0, 120.0, "CPU seconds the tests allow (wall time may take 4x)"),
    "memory": Option(4 * GiB, 16 * GiB, "memory limit, e.g. 2GiB (CPU: address space; CUDA: RSS)"),
    "varies": Option(False, None, "output differs run to run: no determinism check, marked"),
    "alone": Option(False, None, "runs by itself, after the others (examples that time)"),
    "notebook": Option(False, None, "`# %%` cells, shown cell by cell as a notebook page"),
}
MAX_SOURCE = 256 * 1024  # an example is a short script


@dataclass(frozen=True)
class Support:
    """A file beside the examples (a `_helper.py`, data): hashed, copied into the sandbox."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Example:
    path: Path  # absolute
    rel: str  # "snippets/creation/arange_linspace.py", as shown to people
    page: str  # the folder: one page's examples
    name: str
    source: str = ""  # read once: the text that is hashed, run and shown
    devices: tuple[str, ...] = ("cpu",)
    timeout: float = 60.0
    budget: float = 10.0
    memory: int = 4 * GiB
    varies: bool = False
    alone: bool = False
    notebook: bool = False
    header_line: int = 0  # 1-based line of the `# bake:` header, 0 when absent
    problems: tuple[str, ...] = ()  # each "file:line: what is wrong"; the example is not run
    helpers: tuple[str, ...] = ()  # helper modules it imports (file names), for the download links
    support: tuple[Support, ...] = field(default=(), repr=False)

    @property
    def records_cuda(self) -> bool:
        return "cuda" in self.devices

    def runs_on(self, device: str) -> bool:
        return device in self.devices

    @property
    def digest(self) -> str:
        """Hash of what runs: the source and every support file."""
        h = hashlib.sha256(self.source.encode())
        for s in self.support:
            h.update(b"\0" + s.name.encode() + b"\0" + s.data)
        return h.hexdigest()


def parse_header(rel: str, text: str) -> dict[str, Any]:
    opts: dict[str, Any] = {}
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
        bad = []
        for word in m.group(1).split():
            try:
                opts.update(_option(word))
            except ValueError as e:
                bad.append(str(e))
        if bad:
            problems.append(f"{rel}:{lineno}: bad `# bake:` header: {'; '.join(bad)}")
    opts["problems"] = tuple(problems)
    return opts


def _option(word: str) -> dict:
    key, _, value = word.partition("=")
    if key not in OPTIONS:
        known = ", ".join(
            k + ("=" if OPTIONS[k].maximum or k == "devices" else "") for k in OPTIONS
        )
        raise ValueError(f"unknown option {word!r} (known: {known})")
    if isinstance(OPTIONS[key].default, bool):
        if value:
            raise ValueError(f"{key} takes no value")
        return {key: True}
    if key == "devices":
        devs = tuple(d for d in value.split(",") if d)
        if not devs or set(devs) - {"cpu", "cuda"}:
            raise ValueError("devices must be cpu, cuda or cpu,cuda")
        return {key: tuple(sorted(devs))}
    if key == "memory":
        m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?", value.lower())
        if not m:
            raise ValueError("memory takes a size such as 2GiB or 512MiB")
        number: float = int(float(m.group(1)) * _UNITS[m.group(2)])
    else:
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"{key} takes seconds, e.g. {key}=30") from None
    if number <= 0:
        raise ValueError(f"{key} must be positive")
    limit = OPTIONS[key].maximum
    if limit is not None and number > limit:
        shown = f"{limit / GiB:g}GiB" if key == "memory" else f"{limit:g} s"
        raise ValueError(f"{key} is at most {shown} (examples must stay small)")
    return {key: number}


def _read_regular(path: Path, rel: str) -> tuple[bytes, str | None]:
    """The file's bytes, or (b"", a problem): never opens a FIFO, device, directory or symlink."""
    try:
        st = path.lstat()
    except OSError as e:
        return b"", f"{rel}:1: cannot read it ({e.strerror})"
    if not stat.S_ISREG(st.st_mode):
        kind = "a symbolic link" if stat.S_ISLNK(st.st_mode) else "not a regular file"
        return b"", f"{rel}:1: {kind}: examples and helpers must be plain files in snippets/"
    if st.st_size > MAX_SOURCE:
        return b"", f"{rel}:1: {st.st_size:,} bytes: an example is a short script"
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as f:
            return f.read(MAX_SOURCE + 1), None
    except OSError as e:
        return b"", f"{rel}:1: cannot read it ({e.strerror})"


@lru_cache(maxsize=4096)  # the warm engine under `make serve` re-discovers on every save
def _imports(source: str) -> frozenset[str]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return frozenset()  # the runner reports it, with its line
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return frozenset(names)


def _helpers_used(source: str, support: dict[str, bytes]) -> tuple[str, ...]:
    """Helper modules an example imports from its folder, recursively (for download links)."""
    seen: list[str] = []
    todo = [source]
    while todo:
        for mod in sorted(_imports(todo.pop())):
            file = f"{mod}.py"
            if file in support and file not in seen:
                seen.append(file)
                todo.append(support[file].decode("utf-8", "replace"))
    return tuple(sorted(seen))


def is_example_file(name: str) -> bool:
    return name.endswith(".py") and not name.startswith("_")


def _folder_files(folder: Path) -> tuple[dict[str, bytes], list[str]]:
    """Every file in a page folder that an example may use: helpers, data, and the examples
    themselves (an example may import a class from another, e.g. a Dataset that worker processes
    must import by name); not CUDA recordings."""
    files: dict[str, bytes] = {}
    problems = []
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        name = entry.name
        if name.endswith(".cuda.json") or name == "__pycache__":
            continue
        if is_example_file(name) and entry.is_dir(follow_symlinks=False):
            continue  # reported as the example it pretends to be
        rel = f"{SNIPPETS}/{folder.name}/{name}"
        data, problem = _read_regular(Path(entry.path), rel)
        if problem:
            if not is_example_file(name):  # an example's own problem is reported with it
                problems.append(problem)
        else:
            files[name] = data
    return files, problems


def _support_of(name: str, source: str, files: dict[str, bytes]) -> dict[str, bytes]:
    """What an example's run depends on besides itself: every helper and data file of its folder,
    and the other examples it imports (recursively)."""
    support = {n: b for n, b in files.items() if not is_example_file(n)}
    for used in _helpers_used(source, files):
        if used != f"{name}.py":
            support[used] = files[used]
    return support


def load(path: Path, root: Path, files: dict[str, bytes], folder_problems=()) -> Example:
    rel = path.relative_to(root).as_posix()
    page, name = path.parent.name, path.stem
    problems = list(folder_problems)
    for what, value, pattern, letters in (
        ("page folder", page, PAGE_NAME, "lowercase letters"),
        ("example name", name, NAME, "letters"),
    ):
        if not pattern.match(value):
            problems.append(
                f"{rel}:1: {what} {value!r}: use {letters}, digits, '-' and '_' (at most 64), "
                "so it is safe in a URL, an id and on every file system"
            )
    data, problem = _read_regular(path, rel)
    source = ""
    opts: dict[str, Any] = {"problems": ()}
    if problem:
        problems.append(problem)
    else:
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(f"{rel}:1: not UTF-8 ({e.reason} at byte {e.start})")
        else:
            opts = parse_header(rel, source)
    opts["problems"] = tuple(problems) + opts["problems"]
    return Example(
        path=path,
        rel=rel,
        page=page,
        name=name,
        source=source,
        helpers=tuple(h for h in _helpers_used(source, files) if h != f"{name}.py"),
        support=tuple(Support(n, b) for n, b in sorted(_support_of(name, source, files).items())),
        **opts,
    )


def discover(root: Path) -> list[Example]:
    """Every example under root/snippets, sorted by path. Anything odd (a symlink, a FIFO, a
    folder named like an example, a file one level too deep) becomes a problem of that path."""
    base = root / SNIPPETS
    examples: list[Example] = []
    if not base.is_dir():
        return examples
    for folder in sorted(os.scandir(base), key=lambda e: e.name):
        if folder.is_symlink() or not folder.is_dir() or folder.name == "__pycache__":
            continue
        files, problems = _folder_files(Path(folder.path))
        for entry in sorted(os.scandir(folder.path), key=lambda e: e.name):
            if not is_example_file(entry.name):
                continue
            if entry.is_dir(follow_symlinks=False) and not entry.is_symlink():
                rel = f"{SNIPPETS}/{folder.name}/{entry.name}"
                ex = Example(Path(entry.path), rel, folder.name, entry.name[:-3])
                examples.append(
                    _with_problem(ex, f"{rel}:1: a folder named like an example: rename it")
                )
                continue
            examples.append(load(Path(entry.path), root, files, problems))
    seen: dict[str, str] = {}
    for i, ex in enumerate(examples):  # macOS and Windows cannot hold both
        other = seen.setdefault(ex.rel.lower(), ex.rel)
        if other != ex.rel:
            examples[i] = _with_problem(ex, f"{ex.rel}:1: differs from {other} only in case")
    return examples


def _with_problem(ex: Example, problem: str) -> Example:
    from dataclasses import replace

    return replace(ex, problems=ex.problems + (problem,))


def display_source(text: str) -> str:
    """The source as the site shows it: without the `# bake:` line (tooling, not teaching)."""
    lines = [ln for ln in text.splitlines() if not HEADER.match(ln)]
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines).rstrip() + "\n"


def split_cells(source: str) -> list[tuple[CellKind, int, str]]:
    """Jupytext percent format: `# %%` starts a code cell, `# %% [markdown]` a Markdown one.
    Returns (kind, first line number, text) per cell. Our own reader rather than jupytext's,
    because the runner needs each cell's first line (tracebacks name the file's real line);
    a test checks both readers agree on every notebook example."""
    cells: list[tuple[CellKind, int, list[str]]] = []
    kind: CellKind = "code"
    start = 1
    lines: list[str] = []
    for n, line in enumerate(source.splitlines(), 1):
        if HEADER.match(line):
            line = ""  # tooling, not part of any cell; kept as a blank so lines keep their numbers
        if line.startswith("# %%"):
            if any(ln.strip() for ln in lines):
                cells.append((kind, start, lines))
            kind = "markdown" if "[markdown]" in line else "code"
            start, lines = n + 1, []
        else:
            lines.append(line)
    if any(ln.strip() for ln in lines):
        cells.append((kind, start, lines))
    out = []
    for kind, start, lines in cells:
        while not lines[0].strip():  # the first line that holds code keeps its line number
            lines, start = lines[1:], start + 1
        if kind == "markdown":
            text = "\n".join(ln[2:] if ln.startswith("# ") else ln.lstrip("#") for ln in lines)
        else:
            text = "\n".join(lines)
        out.append((kind, start, text.strip("\n")))
    return out


def cells_of(example: Example) -> list[tuple[CellKind, int, str]]:
    """What the runner executes: the cells of a notebook example, or the whole file as one."""
    return split_cells(example.source) if example.notebook else [("code", 1, example.source)]
