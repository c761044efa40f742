"""The parent: import torch, numpy and matplotlib once, then fork one sandboxed child per example.

Forking a warm interpreter costs milliseconds; a fresh `python` per example pays torch's import
(about 1.5 s here) every time. The parent never touches CUDA: a child that needs it initialises it.

The parent is the trust boundary. It builds each Result only from what it measured itself: the
bytes it read from the output pipes (capped), the wall time, the CPU time and exit status the
kernel reports for the child (wait4), and figures it checked (a plain file of the expected name,
type and size in the example's own figure folder, with no script in it). What the child reports
(status, error, figure names) is validated; a child that floods its report pipe is killed.
"""

from __future__ import annotations

import json
import os
import re
import resource
import selectors
import shutil
import signal
import stat
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import capture, child, sandbox
from .examples import Example, cells_of
from .model import Cell, Error, Figure, Result, Status

TIMEOUT_GRACE = 0.5  # between SIGUSR1 (dump the stack) and SIGKILL
FIGURE_NAME = re.compile(r"^(c\d{1,4}-)?fig-\d{1,4}\.svg$")
MAX_FIGURE = 8 << 20
MAX_FIGURES = 50

_preload = {"vsize": 0}


def preload() -> None:
    """Import what every example imports, once, before any fork."""
    if _preload["vsize"]:
        return
    if sys.flags.hash_randomization:
        raise RuntimeError(
            "snipbake needs PYTHONHASHSEED=0 (set and dict order must not vary between runs): "
            "run it through `python -m snipbake` or `make`, which set it"
        )
    os.environ.setdefault("MPLBACKEND", "Agg")
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "snipbake"  # deterministic ids inside SVG figures
    import matplotlib.pyplot  # noqa: F401 - builds the font cache once, here
    import numpy
    import torch  # noqa: F401
    import torch._dynamo  # noqa: F401 - the first optimizer (or meta op) imports it: ~2-3 s each
    import torch.utils.data  # noqa: F401

    numpy.random.seed(0)  # the first seeding costs ~15 ms; pay it once here, not in every child
    _preload["vsize"] = _vsize()


def _vsize() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


@dataclass(frozen=True)
class Outcome:
    """What the parent hands on for one run: the result, the checked figure bytes to store, and the
    GPU's name (CUDA runs)."""

    result: Result
    figures: dict[str, bytes]
    device_name: str = ""


@dataclass
class Run:
    """One example in flight, as the parent sees it."""

    example: Example
    pid: int  # the example's process (PID 1 of its own PID namespace, where the machine allows)
    base: str  # its sandbox folder
    since: int  # boot ticks at its start: processes it left behind started after it
    started: float
    deadline: float
    outputs: list[bytearray]  # one per cell
    fds: dict[int, str] = field(default_factory=dict)  # open read ends: fd -> "out<i>" | "res"
    out_total: int = 0
    report: bytearray = field(default_factory=bytearray)
    wait_status: int | None = None
    rusage: resource.struct_rusage | None = None
    exited_at: float = 0.0
    usr1_at: float = 0.0
    timed_out: bool = False
    killed_for: str = ""  # why the parent killed it (memory, report flood)


@dataclass
class Pool:
    """Runs examples, at most `jobs` at once, and calls `on_done(example, outcome)` for each."""

    root: Path
    device: str
    isolation: str
    on_done: Callable[[Example, Outcome], None]
    jobs: int = 1
    running: dict[int, Run] = field(default_factory=dict)

    def run(self, examples: Iterable[Example]) -> None:
        preload()
        self.pidns = sandbox.PidNamespaces() if "pid" in self.isolation.split(",") else None
        self.subreaper = self.pidns is None and sandbox.become_subreaper()
        self.unclaimed: list[int] = []  # left running, found only when the pool ended
        queue = deque(examples)
        self.sel = selectors.DefaultSelector()
        # SIGCHLD wakes select() through a self-pipe, so a finished child is reaped at once.
        self.wake = os.pipe()
        for fd in self.wake:
            os.set_blocking(fd, False)
        old_wakeup = signal.set_wakeup_fd(self.wake[1])
        old_handler = signal.signal(signal.SIGCHLD, lambda *_: None)
        self.sel.register(self.wake[0], selectors.EVENT_READ, (None, "wake"))
        try:
            while queue or self.running:
                while queue and len(self.running) < self.jobs:
                    r = self._start(queue.popleft())
                    self.running[r.pid] = r
                self._step()
        finally:
            signal.signal(signal.SIGCHLD, old_handler)
            signal.set_wakeup_fd(old_wakeup)
            self.sel.close()
            for fd in self.wake:
                os.close(fd)
            for r in self.running.values():  # only after an exception here (e.g. Ctrl-C)
                self._kill(r)
                shutil.rmtree(r.base, ignore_errors=True)
            if self.subreaper:  # whatever an example left running dies with the bake
                for pid, _ in sandbox.strays(os.getpid(), set()):
                    sandbox.kill_and_reap(pid)
                    self.unclaimed.append(pid)
            if self.pidns:
                self.pidns.close()

    def _start(self, ex: Example) -> Run:
        base = tempfile.mkdtemp(prefix="snipbake-")
        work, figdir, lib = sandbox.sandbox_dirs(Path(base))
        for d in (work, figdir, lib):
            d.mkdir()
        for s in ex.support:  # the helper and data bytes that were hashed
            (lib / s.name).write_bytes(s.data)
        ncells = len(cells_of(ex))
        pipes = [os.pipe() for _ in range(ncells)]
        res_r, res_w = os.pipe()
        inherited = [p[0] for p in pipes] + [res_r, *self.wake]
        inherited += [fd for r in self.running.values() for fd in r.fds]
        pid = self.pidns.fork() if self.pidns else os.fork()
        if pid == 0:  # child: never returns
            child.run(
                ex,
                cell_fds=[p[1] for p in pipes],
                res_fd=res_w,
                close_fds=inherited,
                base=base,
                device=self.device,
                isolation=self.isolation,
                memory_base=_preload["vsize"],
            )
        try:
            os.setpgid(pid, pid)  # also done by the child; whichever runs first wins the race
        except (PermissionError, ProcessLookupError):
            pass
        for fd in [p[1] for p in pipes] + [res_w]:
            os.close(fd)
        now = time.monotonic()
        since = sandbox.boot_ticks()
        r = Run(ex, pid, base, since, now, now + ex.timeout, [bytearray() for _ in pipes])
        for i, (rd, _) in enumerate(pipes):
            r.fds[rd] = f"out{i}"
        r.fds[res_r] = "res"
        for fd, stream in r.fds.items():
            self.sel.register(fd, selectors.EVENT_READ, (r, stream))
        return r

    def _step(self) -> None:
        now = time.monotonic()
        wait = 1.0 if self.device == "cpu" else 0.2  # CUDA memory is watched by polling
        for r in self.running.values():
            if r.usr1_at or r.wait_status is not None:
                wait = min(wait, 0.05)  # a kill is landing, or stray holders of its pipes
            else:
                wait = min(wait, max(0.0, r.deadline - now))
        for key, _ in self.sel.select(timeout=wait):
            r, stream = key.data
            if stream == "wake":
                try:
                    os.read(key.fd, 512)
                except BlockingIOError:
                    pass
                continue
            try:
                chunk = os.read(key.fd, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                self._close(r, key.fd)
            elif stream.startswith("out"):
                r.out_total += len(chunk)
                room = capture.MAX_OUTPUT - sum(len(o) for o in r.outputs)
                if room > 0:
                    r.outputs[int(stream[3:])] += chunk[:room]
            else:
                r.report += chunk
                if len(r.report) > capture.MAX_REPORT and not r.killed_for:
                    r.killed_for = f"it wrote more than {capture.MAX_REPORT:,} bytes to the engine's report pipe"
                    self._kill(r)
        now = time.monotonic()
        for pid, r in list(self.running.items()):
            if r.wait_status is None:
                wpid, status, rusage = os.wait4(pid, os.WNOHANG)
                if wpid:
                    r.wait_status, r.rusage, r.exited_at = status, rusage, now
                    self._kill(r)  # its processes would hold the pipes open
            if r.wait_status is None:
                if now >= r.deadline:
                    if not r.usr1_at:
                        r.timed_out, r.usr1_at = True, now
                        self._signal(r, signal.SIGUSR1)
                    elif now - r.usr1_at >= TIMEOUT_GRACE:
                        self._kill(r)
                elif self.device == "cuda" and _rss(r.pid) > r.example.memory:
                    r.killed_for = f"it used more than {r.example.memory / 2**30:g} GiB of memory"
                    self._kill(r)
            if r.wait_status is not None and (not r.fds or now - r.exited_at > 2.0):
                for fd in list(r.fds):
                    self._close(r, fd)
                del self.running[pid]
                left = self._left_running(r)
                outcome = self._finish(r, left)
                shutil.rmtree(r.base, ignore_errors=True)
                self.on_done(r.example, outcome)

    def _close(self, r: Run, fd: int) -> None:
        self.sel.unregister(fd)
        os.close(fd)
        r.fds.pop(fd, None)

    def _signal(self, r: Run, sig: int) -> None:
        try:
            os.kill(r.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass

    def _kill(self, r: Run) -> None:
        """The example's process (its PID namespace dies with it) and its process group."""
        self._signal(r, signal.SIGKILL)
        try:
            os.killpg(r.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def _left_running(self, r: Run) -> list[int]:
        """Without PID namespaces: processes that started during this example's run and were
        re-parented to the bake (a daemon that escaped its process group); killed, and the
        example fails."""
        if not self.subreaper:
            return []
        left = [
            pid for pid, start in sandbox.strays(os.getpid(), set(self.running)) if start >= r.since
        ]
        for pid in left:
            sandbox.kill_and_reap(pid)
        return left

    def _finish(self, r: Run, left: list[int]) -> Outcome:
        ex = r.example
        work = str(sandbox.sandbox_dirs(Path(r.base))[0])
        texts = [
            capture.normalise(o.decode("utf-8", "replace"), self.root, (work, r.base))
            for o in r.outputs
        ]
        seconds = round(time.monotonic() - r.started, 4)
        ru = r.rusage
        cpu = round(ru.ru_utime + ru.ru_stime, 4) if ru else 0.0
        report, problem = _parse_report(bytes(r.report), len(texts))
        figures: dict[str, bytes] = {}
        error = None
        if r.killed_for:
            error = Error("killed", f"stopped by the engine: {r.killed_for}", "Killed")
        elif left:
            pids = ", ".join(map(str, left))
            error = Error(
                "left", f"left processes running after it ended (pid {pids}): killed", "Left"
            )
        elif report is None:
            dump = "".join(texts)
            line = capture.line_from_dump(ex.rel, str(ex.path), dump)
            error = problem or capture.diagnose(r.wait_status or 0, r.timed_out, ex.timeout, line)
        elif report.get("error"):
            error = _error_from(report["error"])
        texts = [capture.tidy_dump(t) for t in texts]
        cells = []
        sources = cells_of(ex)
        reported = (report or {}).get("cells", [])
        for i, (kind, _, source) in enumerate(sources):
            figs = []
            if i < len(reported) and kind == "code":
                for fig in reported[i]:
                    checked, data, why = _check_figure(Path(r.base) / "figures", fig, len(figures))
                    if checked is None:
                        error = error or Error("figure", why, "Figure")
                        continue
                    figures[checked.file] = data
                    figs.append(checked)
            cells.append(Cell(kind, source, texts[i] if i < len(texts) else "", tuple(figs)))
        status: Status = "failed" if error else "ok"
        result = Result(
            example=ex.rel,
            device=self.device,
            status=status,
            cells=tuple(cells),
            error=error,
            truncated_bytes=max(0, r.out_total - capture.MAX_OUTPUT),
            seconds=seconds,
            cpu_seconds=cpu,
        )
        return Outcome(result, figures, str((report or {}).get("device_name", ""))[:200])


def _error_from(data: dict) -> Error:
    line = data.get("line")
    return Error(
        kind=str(data.get("kind", "exception"))[:40],
        message=str(data.get("message", "failed"))[:2000],
        type=str(data.get("type", ""))[:100],
        line=line if isinstance(line, int) and line > 0 else None,
    )


def _parse_report(raw: bytes, ncells: int) -> tuple[dict | None, Error | None]:
    if not raw:
        return None, None
    try:
        data = json.loads(raw)
        assert isinstance(data, dict) and data.get("status") in ("ok", "failed")
        cells = data.get("cells", [])
        assert isinstance(cells, list) and len(cells) <= ncells
        data["cells"] = [list(c.get("figures", []))[: MAX_FIGURES + 1] for c in cells]
        return data, None
    except (ValueError, AssertionError, AttributeError, TypeError):
        return None, Error("engine", "the example's report to the engine was malformed", "Report")


def _check_figure(figdir: Path, fig, count: int) -> tuple[Figure | None, bytes, str]:
    """A figure is kept only if it is what the engine saved: a plain SVG file of the expected
    name in this example's figure folder, not too large, and with nothing active in it."""
    if not isinstance(fig, dict) or not isinstance(fig.get("file"), str):
        return None, b"", "a figure report was malformed"
    name = fig["file"]
    if not FIGURE_NAME.match(name) or count >= MAX_FIGURES:
        return (
            None,
            b"",
            f"figure {name[:60]!r} refused: not a figure the engine saved (or too many)",
        )
    try:
        fd = os.open(figdir / name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None, b"", f"figure {name} is missing, or a link"
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            return None, b"", f"figure {name} refused: not a plain file"
        data = f.read(MAX_FIGURE + 1)
    if len(data) > MAX_FIGURE:
        return None, b"", f"figure {name} refused: over {MAX_FIGURE >> 20} MiB"
    why = unsafe_svg(data)
    if why:
        return None, b"", f"figure {name} refused: {why}"
    alt = fig.get("alt")
    alt = alt if isinstance(alt, str) else ""
    return Figure(name, alt[:300], *_svg_size(data)), data, ""


_SVG = "{http://www.w3.org/2000/svg}"
_XLINK = "{http://www.w3.org/1999/xlink}href"
_ACTIVE = {"script", "foreignObject", "iframe", "object", "embed", "a", "animate", "set"}


def unsafe_svg(data: bytes) -> str:
    """Why an SVG could run script when opened on its own, or '' if it cannot. Matplotlib never
    writes script; links (`set_url`) and anything else active are refused, not rewritten."""
    try:
        tree = ET.fromstring(data)
    except ET.ParseError as e:
        return f"not a valid SVG ({e})"
    if tree.tag != f"{_SVG}svg":
        return "not an SVG"
    for el in tree.iter():
        tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
        if tag in _ACTIVE:
            return f"it contains <{tag}>"
        for attr, value in el.attrib.items():
            name = attr.rsplit("}", 1)[-1].lower()
            if name.startswith("on"):
                return f"an event handler ({name}) in <{tag}>"
            if attr in (_XLINK, "href") and not value.startswith(("#", "data:image/png;base64,")):
                return f"a link to {value[:40]!r} in <{tag}>"
    return ""


_SVG_SIZE = re.compile(rb'<svg[^>]*?width="([\d.]+)pt"[^>]*?height="([\d.]+)pt"', re.S)


def _svg_size(data: bytes) -> tuple[int, int]:
    """Pixel size of a saved SVG, so the page reserves its space before it loads (lazy images)."""
    m = _SVG_SIZE.search(data[:4096])
    if not m:
        return 0, 0
    return round(float(m.group(1)) * 4 / 3), round(float(m.group(2)) * 4 / 3)
