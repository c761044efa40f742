"""What runs inside the forked child: sandbox the process, run the example as __main__, report.

Everything the example prints (stdout and stderr, from Python or C) goes, unbuffered and in order, to
one pipe the parent drains. A JSON result goes to a second pipe at the very end; a child that dies
before writing it (crash, os._exit, kill) is diagnosed by the parent from its wait status.
"""

from __future__ import annotations

import atexit
import builtins
import faulthandler
import io
import json
import multiprocessing.util
import os
import random
import re
import resource
import signal
import sys
import tempfile
import time
import traceback
import types
from pathlib import Path

from .examples import HEADER, Example

CELL_MARK = "\x1e\x1esnipbake-cell\x1e\x1e\n"  # written between notebook cells; never shown

_guard = {"on": False, "workdir": ""}
_ALLOWED_WRITE_PREFIXES = ("/dev/null", "/dev/shm/", "/proc/self/")
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_PATH_EVENTS = {  # audit event -> indexes of path arguments that the call would change
    "os.remove": (0,),
    "os.rmdir": (0,),
    "os.mkdir": (0,),
    "os.rename": (0, 1),
    "os.truncate": (0,),
    "os.chmod": (0,),
    "os.chown": (0,),
    "os.utime": (0,),
    "os.link": (0, 1),
    "os.symlink": (1,),
    "shutil.rmtree": (0,),
    "shutil.copyfile": (1,),
}


def _check_path(path) -> None:
    if isinstance(path, int) or path is None:
        return  # an already-open descriptor: its opening was checked
    p = os.path.abspath(os.fsdecode(path))
    wd = _guard["workdir"]
    if p == wd or p.startswith(wd + os.sep) or p.startswith(_ALLOWED_WRITE_PREFIXES):
        return
    raise PermissionError(
        f"examples may only write inside their temporary working directory (the current "
        f"directory); this one tried to write {p!r}. Use a relative path or tempfile."
    )


def _audit(event: str, args: tuple) -> None:
    if not _guard["on"]:
        return
    if event == "open":
        path, mode, flags = args
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            mode is None and isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if writes:
            _check_path(path)
    elif event in _PATH_EVENTS:
        for i in _PATH_EVENTS[event]:
            if i < len(args):
                _check_path(args[i])


def _cpu_seconds() -> float:
    """CPU time of this process and of the children it has waited for (DataLoader workers,
    subprocesses): what an example costs, whatever else the machine is doing."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _unbuffered_text(fd: int) -> io.TextIOWrapper:
    # Raw FileIO + write_through: every write is one syscall, so stdout and stderr (same pipe)
    # interleave exactly as the example produced them.
    raw = io.FileIO(fd, "w", closefd=False)
    return io.TextIOWrapper(raw, encoding="utf-8", errors="backslashreplace", write_through=True)


def split_cells(source: str) -> list[tuple[str, int, str]]:
    """Jupytext percent format: `# %%` starts a code cell, `# %% [markdown]` a Markdown one.
    Returns (kind, first_line_number, text) per cell; text of a Markdown cell has its `# ` removed."""
    cells: list[tuple[str, int, list[str]]] = []
    kind, start, lines = "code", 1, []
    for n, line in enumerate(source.splitlines(), 1):
        if HEADER.match(line):
            continue  # the `# bake:` line is tooling, not part of any cell
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
        if kind == "markdown":
            text = "\n".join(ln[2:] if ln.startswith("# ") else ln.lstrip("#") for ln in lines)
        else:
            text = "\n".join(lines)
        out.append((kind, start, text.strip("\n")))
    return out


def _save_figures(figdir: Path, prefix: str) -> list[dict]:
    import matplotlib.pyplot as plt

    figures = []
    for i, num in enumerate(plt.get_fignums(), 1):
        fig = plt.figure(num)
        name = f"{prefix}fig-{i}.svg"
        figdir.mkdir(parents=True, exist_ok=True)
        fig.savefig(figdir / name, format="svg", metadata={"Date": None}, bbox_inches="tight")
        titles = [fig._suptitle.get_text()] if fig._suptitle else []  # noqa: SLF001
        titles += [ax.get_title() for ax in fig.axes if ax.get_title()]
        figures.append({"file": name, "alt": " · ".join(titles), **_svg_size(figdir / name)})
    plt.close("all")
    return figures


_SVG_SIZE = re.compile(rb'<svg[^>]*?width="([\d.]+)pt"[^>]*?height="([\d.]+)pt"', re.S)


def _svg_size(path: Path) -> dict:
    """Pixel size of a saved SVG, so the page reserves its space before it loads (lazy images)."""
    with open(path, "rb") as f:
        m = _SVG_SIZE.search(f.read(4096))
    return (
        {"width": round(float(m.group(1)) * 4 / 3), "height": round(float(m.group(2)) * 4 / 3)}
        if m
        else {}
    )


def _error(exc: BaseException, path: str) -> tuple[dict, str]:
    """(structured error, traceback text) with the engine's own frames cut off."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != path:
        tb = tb.tb_next
    frames = traceback.extract_tb(tb) if tb else []
    line = next((f.lineno for f in reversed(frames) if f.filename == path), None)
    if isinstance(exc, SyntaxError) and exc.filename == path:
        line = exc.lineno
    text = "".join(traceback.TracebackException(type(exc), exc, tb, compact=True).format())
    message = "".join(traceback.format_exception_only(type(exc), exc)).strip().splitlines()
    return {
        "kind": "exception",
        "type": type(exc).__name__,
        "message": message[-1] if message else type(exc).__name__,
        "line": line,
    }, text


def run(
    example: Example,
    *,
    out_fd: int,
    res_fd: int,
    close_fds: list[int],
    workdir: str,
    figdir: Path,
    device: str,
    memory_base: int,
) -> None:
    """Never returns: ends the process with os._exit."""
    code = 70
    try:
        os.setpgid(0, 0)
        signal.set_wakeup_fd(-1)
        for fd in close_fds:
            os.close(fd)
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGCHLD):
            signal.signal(sig, signal.SIG_DFL)
        # The parent's exit handlers are not the example's (and cost ~30 ms); keep multiprocessing's,
        # which a plain interpreter would run at exit to stop the example's worker processes.
        atexit._clear()
        atexit.register(multiprocessing.util._exit_function)

        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        os.dup2(out_fd, 1)
        os.dup2(out_fd, 2)
        os.close(out_fd)
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - reads give EOF
        sys.stdout = _unbuffered_text(1)
        sys.stderr = _unbuffered_text(2)
        faulthandler.enable(file=sys.stderr)
        faulthandler.register(signal.SIGUSR1, file=sys.stderr)  # parent's "timed out: where?"

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if device == "cpu":
            soft = memory_base + example.memory
            hard = resource.getrlimit(resource.RLIMIT_AS)[1]
            if hard != resource.RLIM_INFINITY:
                soft = min(soft, hard)
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
            os.environ["CUDA_VISIBLE_DEVICES"] = ""  # a CPU bake stays on CPU even on a GPU host

        os.chdir(workdir)
        os.environ["TMPDIR"] = workdir
        tempfile.tempdir = workdir
        sys.argv = [str(example.path)]
        sys.path[0] = str(example.path.parent)

        import matplotlib.pyplot as plt
        import numpy as np
        import torch

        plt.show = lambda *a, **k: None  # figures stay open; collected after the run
        # Fresh entropy, as a plain `python example.py` has: the engine seeds nothing on the
        # example's behalf, so an unseeded example prints different numbers on each run and the
        # determinism check names it (the page must show what a reader's run prints).
        random.seed()
        np.random.seed()
        torch.seed()
        torch.set_num_threads(1)  # same float results on every machine, no oversubscription
        if device == "cuda":
            total = torch.cuda.get_device_properties(0).total_memory
            torch.cuda.set_per_process_memory_fraction(min(1.0, example.memory / total))

        source = example.path.read_text(encoding="utf-8")
        cells = split_cells(source) if example.notebook else [("code", 1, source)]
        module = types.ModuleType("__main__")
        module.__file__ = str(example.path)
        module.__builtins__ = builtins
        sys.modules["__main__"] = module

        _guard["workdir"] = os.path.realpath(workdir)
        sys.addaudithook(_audit)
        result: dict = {"status": "ok", "cells": []}
        cpu0 = _cpu_seconds()
        t0 = time.perf_counter()
        for index, (kind, start, text) in enumerate(cells):
            if example.notebook:
                sys.stdout.write(CELL_MARK)
            if kind != "code":
                result["cells"].append({"kind": kind, "source": text, "figures": []})
                continue
            try:
                _guard["on"] = True
                compiled = compile("\n" * (start - 1) + text + "\n", str(example.path), "exec")
                exec(compiled, module.__dict__)
            except SystemExit as e:
                if e.code not in (None, 0):
                    result["status"] = "failed"
                    result["error"] = {
                        "kind": "exit",
                        "type": "SystemExit",
                        "line": _error(e, str(example.path))[0]["line"],
                        "message": f"sys.exit({e.code!r}) ended the example early",
                    }
                    if not isinstance(e.code, int):
                        print(e.code, file=sys.stderr)
            except BaseException as e:  # noqa: BLE001 - report everything, KeyboardInterrupt too
                result["status"] = "failed"
                result["error"], text_tb = _error(e, str(example.path))
                sys.stderr.write(text_tb)
            finally:
                _guard["on"] = False
            result["cells"].append(
                {
                    "kind": "code",
                    "source": text,
                    "figures": _save_figures(figdir, f"c{index}-" if example.notebook else ""),
                }
            )
            if result["status"] != "ok":
                break
        result["seconds"] = round(time.perf_counter() - t0, 4)
        result["cpu_seconds"] = round(_cpu_seconds() - cpu0, 4)
        if device == "cuda":
            result["device_name"] = torch.cuda.get_device_name(0)
        try:
            atexit._run_exitfuncs()  # as an interpreter would at exit
        except BaseException:  # noqa: BLE001
            pass
        payload = json.dumps(result).encode()
        while payload:
            payload = payload[os.write(res_fd, payload) :]
        code = 0
    except BaseException:  # noqa: BLE001 - engine failure inside the child: show it, exit 70
        try:
            traceback.print_exc()
        except BaseException:  # noqa: BLE001
            pass
    finally:
        os._exit(code)
