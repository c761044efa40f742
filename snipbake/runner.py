"""The parent: import torch, numpy and matplotlib once, then fork one sandboxed child per example.

Forking a warm interpreter costs milliseconds; a fresh `python` per example pays torch's import
(about 1.5 s here) every time. The parent never touches CUDA: a child that needs it initialises it.

Per child: own process group (a timeout kills the whole group, DataLoader workers included), a
temporary working directory, stdin at EOF, one ordered output pipe drained here (so a huge output
can neither block the child nor fill memory: the first MAX_OUTPUT bytes are kept), a memory limit,
a timeout. On timeout the child gets SIGUSR1 first, so faulthandler prints where it was stuck.
"""

from __future__ import annotations

import json
import os
import re
import selectors
import shutil
import signal
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import child
from .examples import Example

MAX_OUTPUT = 64 * 1024
TIMEOUT_GRACE = 0.5  # between SIGUSR1 (dump the stack) and SIGKILL

_preloaded = {"done": False, "vsize": 0}


def preload() -> None:
    """Import what every example imports, once, before any fork."""
    if _preloaded["done"]:
        return
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

    _preloaded["done"] = True
    _preloaded["vsize"] = _vsize()


def _vsize() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


@dataclass
class _Running:
    example: Example
    pid: int
    workdir: str
    figdir: Path
    started: float
    deadline: float
    out: bytearray = field(default_factory=bytearray)
    out_total: int = 0
    res: bytearray = field(default_factory=bytearray)
    open_fds: set = field(default_factory=set)
    wait_status: int | None = None
    exited_at: float = 0.0
    usr1_at: float = 0.0
    timed_out: bool = False


def run_all(
    examples: Iterable[Example],
    *,
    root: Path,
    device: str,
    jobs: int,
    figdir_for: Callable[[Example], Path],
    on_done: Callable[[Example, dict], None],
) -> None:
    """Run every example (at most `jobs` at once); call on_done(example, raw_result) for each."""
    preload()
    queue = deque(examples)
    running: dict[int, _Running] = {}
    sel = selectors.DefaultSelector()
    # SIGCHLD wakes select() through a self-pipe, so a finished child is reaped at once.
    wake_r, wake_w = os.pipe()
    for fd in (wake_r, wake_w):
        os.set_blocking(fd, False)
    old_wakeup = signal.set_wakeup_fd(wake_w)
    old_handler = signal.signal(signal.SIGCHLD, lambda *_: None)
    sel.register(wake_r, selectors.EVENT_READ, (None, "wake"))
    try:
        _loop(queue, running, sel, root, device, figdir_for, on_done, jobs, (wake_r, wake_w))
    finally:
        signal.signal(signal.SIGCHLD, old_handler)
        signal.set_wakeup_fd(old_wakeup)
        sel.close()
        for fd in (wake_r, wake_w):
            os.close(fd)
        for r in running.values():  # only after an exception here (e.g. Ctrl-C)
            _killpg(r.pid)


def _loop(queue, running, sel, root, device, figdir_for, on_done, jobs, wake_fds) -> None:
    while queue or running:
        while queue and len(running) < jobs:
            r = _start(queue.popleft(), root, device, figdir_for, sel, running, wake_fds)
            running[r.pid] = r
        now = time.monotonic()
        wait = 1.0
        for r in running.values():
            if r.usr1_at or r.wait_status is not None:
                wait = min(wait, 0.05)  # a kill is landing, or stray holders of its pipes
            else:
                wait = min(wait, max(0.0, r.deadline - now))
        for key, _ in sel.select(timeout=wait):
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
                sel.unregister(key.fd)
                os.close(key.fd)
                r.open_fds.discard(key.fd)
            elif stream == "out":
                r.out_total += len(chunk)
                room = MAX_OUTPUT - len(r.out)
                if room > 0:
                    r.out += chunk[:room]
            else:
                r.res += chunk
        now = time.monotonic()
        for pid, r in list(running.items()):
            if r.wait_status is None:
                wpid, status = os.waitpid(pid, os.WNOHANG)
                if wpid:
                    r.wait_status, r.exited_at = status, now
                    _killpg(pid)  # stray grandchildren would hold the pipes open
            if r.wait_status is None and now >= r.deadline:
                if not r.usr1_at:
                    r.timed_out, r.usr1_at = True, now
                    _signal(pid, signal.SIGUSR1)
                elif now - r.usr1_at >= TIMEOUT_GRACE:
                    _killpg(pid)
            if r.wait_status is not None and (not r.open_fds or now - r.exited_at > 2.0):
                for fd in list(r.open_fds):
                    sel.unregister(fd)
                    os.close(fd)
                del running[pid]
                on_done(r.example, _finish(r, root, device))
                shutil.rmtree(r.workdir, ignore_errors=True)


def _start(ex: Example, root: Path, device: str, figdir_for, sel, running, wake_fds) -> _Running:
    workdir = tempfile.mkdtemp(prefix=f"snipbake-{ex.name}-")
    figdir = figdir_for(ex)
    shutil.rmtree(figdir, ignore_errors=True)
    out_r, out_w = os.pipe()
    res_r, res_w = os.pipe()
    inherited = [out_r, res_r, *wake_fds] + [fd for r in running.values() for fd in r.open_fds]
    pid = os.fork()
    if pid == 0:  # child: never returns
        child.run(
            ex,
            out_fd=out_w,
            res_fd=res_w,
            close_fds=inherited,
            workdir=workdir,
            figdir=figdir,
            device=device,
            memory_base=_preloaded["vsize"],
        )
    try:
        os.setpgid(pid, pid)  # also done by the child; whichever runs first wins the race
    except (PermissionError, ProcessLookupError):
        pass
    os.close(out_w)
    os.close(res_w)
    now = time.monotonic()
    r = _Running(ex, pid, workdir, figdir, now, now + ex.timeout, open_fds={out_r, res_r})
    sel.register(out_r, selectors.EVENT_READ, (r, "out"))
    sel.register(res_r, selectors.EVENT_READ, (r, "res"))
    return r


def _signal(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass


def _killpg(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


_SITE_PACKAGES = re.compile(r"""(?<=["'\s(])/[^\s"':]*/site-packages/""")


def normalise(text: str, root: Path, workdir: str) -> str:
    """Paths that differ per machine become stable: repo paths relative, the temp dir `.`."""
    text = text.replace(str(root) + os.sep, "")
    real = os.path.realpath(workdir)
    for wd in {real, workdir}:
        text = text.replace(wd + os.sep, "").replace(wd, ".")
    # Tabs as a terminal shows them: Markdown would expand them to 4 spaces in the page.
    return _SITE_PACKAGES.sub("site-packages/", text).expandtabs(8)


def _finish(r: _Running, root: Path, device: str) -> dict:
    ex = r.example
    text = normalise(r.out.decode("utf-8", errors="replace"), root, r.workdir)
    truncated = r.out_total - len(r.out)
    try:
        result = json.loads(r.res.decode()) if r.res else None
    except ValueError:
        result = None
    if result is None:
        result = {
            "status": "failed",
            "cells": [],
            "seconds": round(time.monotonic() - r.started, 4),
        }
        result["error"] = _diagnose(r, text)
        text = tidy_dump(text)
    # Split the stream into cells (notebooks); a plain example is one cell.
    parts = text.split(child.CELL_MARK) if ex.notebook else [text]
    if ex.notebook:
        parts = parts[1:]  # text before the first mark is empty
    cells = result.get("cells") or [{"kind": "code", "source": "", "figures": []}]
    for i, cell in enumerate(cells):
        cell["output"] = parts[i] if i < len(parts) else ""
    if len(parts) > len(cells):  # crash mid-cell: keep what it printed
        cells[-1]["output"] += "".join(parts[len(cells) :])
    result["cells"] = cells
    result["output"] = "".join(c["output"] for c in cells)
    result["truncated_bytes"] = truncated
    result["wall_seconds"] = round(time.monotonic() - r.started, 4)
    return result


_ENGINE_FRAME = re.compile(r'^\s+File "(snipbake/|<frozen )[^\n]*\n', re.M)
_EXTENSIONS = re.compile(r"^\nExtension modules: .*(\n|$)", re.M)
_THREAD_ID = re.compile(r"^(Current thread|Thread) 0x[0-9a-f]+", re.M)


def tidy_dump(text: str) -> str:
    """A faulthandler dump without the engine's own frames and machine-specific noise."""
    text = _ENGINE_FRAME.sub("", text)
    text = _EXTENSIONS.sub("", text)
    return _THREAD_ID.sub(r"\1", text)


_FRAME = re.compile(r'File "([^"]+)", line (\d+)')


def _line_from_dump(ex: Example, text: str) -> int | None:
    for path, line in _FRAME.findall(text):  # faulthandler: most recent call first
        if path in (ex.rel, str(ex.path)):
            return int(line)
    return None


def _diagnose(r: _Running, text: str) -> dict:
    """Why a child ended without writing its result: timeout, signal, or a bare exit."""
    line = _line_from_dump(r.example, text)
    status = r.wait_status or 0
    if r.timed_out:
        return {
            "kind": "timeout",
            "type": "Timeout",
            "line": line,
            "message": f"timed out after {r.example.timeout:g} s "
            "(ask for more with `# bake: timeout=SECONDS`)",
        }
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        hint = (
            " (memory limit? ask for more with `# bake: memory=...`)"
            if sig == signal.SIGKILL
            else ""
        )
        return {
            "kind": "signal",
            "type": name,
            "line": line,
            "message": f"killed by signal {name} ({signal.strsignal(sig)}){hint}",
        }
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else status
    return {
        "kind": "exit",
        "type": "Exit",
        "line": line,
        "message": f"the process exited with status {code} before finishing (os._exit?)",
    }
