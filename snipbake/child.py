"""What runs inside the forked child: it isolates itself (sandbox.py), runs the example as
__main__, and reports.

Output: everything the example prints (stdout and stderr, from Python or C) goes, unbuffered and
in order, to the pipe of the cell being run (one pipe per cell, so no in-band marker can be forged).
Report: at the end, a small JSON on its own pipe: status, the error, and the file names of the
figures each cell drew. The parent trusts none of it blindly: it measures time and memory itself,
caps every pipe, and checks each figure before it keeps it.
"""

from __future__ import annotations

import atexit
import builtins
import faulthandler
import io
import json
import linecache
import multiprocessing.util
import os
import random
import signal
import sys
import tempfile
import traceback
import types
from pathlib import Path

from . import sandbox
from .examples import Example, cells_of

_exit = os._exit  # saved: an example that replaces os._exit cannot make the child return


def _unbuffered_text(fd: int) -> io.TextIOWrapper:
    # Raw FileIO + write_through: every write is one syscall, so stdout and stderr (same pipe)
    # interleave exactly as the example produced them.
    raw = io.FileIO(fd, "w", closefd=False)
    return io.TextIOWrapper(raw, encoding="utf-8", errors="backslashreplace", write_through=True)


def _write_guard(sandbox_dir: str):
    """An audit hook that refuses Python-level writes outside the sandbox with a clear message.
    A courtesy, not a boundary: the kernel (sandbox.py) or the parent's check after the run is."""
    allowed = (sandbox_dir + os.sep, "/dev/null", "/dev/shm/")
    flags_w = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
    events = {"os.remove": (0,), "os.rmdir": (0,), "os.mkdir": (0,), "os.rename": (0, 1),
              "os.truncate": (0,), "os.chmod": (0,), "os.chown": (0,), "os.utime": (0,),
              "os.link": (0, 1), "os.symlink": (1,), "shutil.rmtree": (0,), "os.mkfifo": (0,),
              "os.mknod": (0,), "shutil.copyfile": (1,)}  # fmt: skip

    def check(path) -> None:
        if isinstance(path, int) or path is None:
            return
        p = os.path.realpath(os.fsdecode(path))
        if p != sandbox_dir and not p.startswith(allowed):
            raise PermissionError(
                f"examples may only write inside their temporary working directory (the "
                f"current directory); this one tried to write {p!r}. Use a relative path."
            )

    def hook(event: str, args: tuple) -> None:
        if event == "open":
            path, mode, flags = args
            if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                mode is None and isinstance(flags, int) and flags & flags_w
            ):
                check(path)
        elif event in events:
            for i in events[event]:
                if i < len(args):
                    check(args[i])

    return hook


def _save_figures(figdir: Path, prefix: str) -> list[dict]:
    import matplotlib.pyplot as plt

    figures = []
    for i, num in enumerate(plt.get_fignums(), 1):
        fig = plt.figure(num)
        name = f"{prefix}fig-{i}.svg"
        fig.savefig(figdir / name, format="svg", metadata={"Date": None}, bbox_inches="tight")
        titles = [fig.get_suptitle()] if fig.get_suptitle() else []
        titles += [ax.get_title() for ax in fig.axes if ax.get_title()]
        figures.append({"file": name, "alt": " · ".join(titles)})
    plt.close("all")
    return figures


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
    cell_fds: list[int],
    res_fd: int,
    close_fds: list[int],
    base: str,
    device: str,
    isolation: str,
    memory_base: int,
) -> None:
    """The forked child: isolate itself, run the example as __main__, report. Never returns."""
    code = 70
    try:
        os.setpgid(0, 0)
        signal.set_wakeup_fd(-1)
        for fd in close_fds:
            os.close(fd)
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGCHLD):
            signal.signal(sig, signal.SIG_DFL)
        sandbox.pdeathsig()  # a killed bake leaves nothing running
        achieved: list[str] = []
        if "mount" in isolation:
            try:
                achieved = sandbox.enter_namespaces(base, "user" in isolation)
            except OSError as e:  # the probe said yes: say why it did not work here
                os.write(cell_fds[0], f"snipbake: isolation failed: {e}\n".encode())
                raise
        sandbox.own_sandbox(base, isolation, achieved)
        work, figdir, lib = sandbox.sandbox_dirs(Path(base))
        os.environ.clear()
        os.environ.update(sandbox.clean_env(str(work), example.rel, device))
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        os.dup2(cell_fds[0], 1)
        os.dup2(cell_fds[0], 2)
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - reads give EOF
        sys.stdout = _unbuffered_text(1)
        sys.stderr = _unbuffered_text(2)
        faulthandler.enable(file=sys.stderr)
        faulthandler.register(signal.SIGUSR1, file=sys.stderr)  # parent's "timed out: where?"
        sandbox.drop_privileges(achieved, isolation)
        sandbox.limit(example.memory, device, memory_base)
        # The parent's exit handlers are not the example's; keep multiprocessing's, which a plain
        # interpreter would run at exit to stop the example's worker processes.
        atexit._clear()
        atexit.register(multiprocessing.util._exit_function)  # type: ignore[attr-defined]

        os.chdir(work)
        tempfile.tempdir = str(work)
        path = str(example.path)
        sys.argv = [path]
        sys.path[0] = str(lib)  # the helpers' bytes that were hashed, copied in by the parent
        lines = example.source.splitlines(keepends=True)
        linecache.cache[path] = (len(example.source), None, lines, path)  # tracebacks show these

        import matplotlib.pyplot as plt
        import numpy as np
        import torch

        plt.show = lambda *a, **k: None  # figures stay open; collected after each cell
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

        module = types.ModuleType("__main__")
        module.__file__ = path
        module.__dict__["__builtins__"] = builtins
        sys.modules["__main__"] = module
        sys.addaudithook(_write_guard(os.path.realpath(base)))
        report: dict = {"status": "ok", "cells": []}
        cells = cells_of(example)
        for index, (kind, start, text) in enumerate(cells):
            if index:
                os.dup2(cell_fds[index], 1)
                os.dup2(cell_fds[index], 2)
            figures: list[dict] = []
            if kind == "code":
                try:
                    compiled = compile("\n" * (start - 1) + text + "\n", path, "exec")
                    exec(compiled, module.__dict__)
                except SystemExit as e:
                    if e.code not in (None, 0):
                        report["status"] = "failed"
                        report["error"] = {
                            "kind": "exit",
                            "type": "SystemExit",
                            "line": _error(e, path)[0]["line"],
                            "message": f"sys.exit({e.code!r}) ended the example early",
                        }
                except BaseException as e:  # noqa: BLE001 - report everything, Ctrl-C too
                    report["status"] = "failed"
                    report["error"], text_tb = _error(e, path)
                    sys.stderr.write(text_tb)
                try:
                    prefix = f"c{index}-" if example.notebook else ""
                    figures = _save_figures(figdir, prefix)
                except Exception as e:  # noqa: BLE001 - e.g. a figure too large to draw
                    report["status"] = "failed"
                    report["error"] = {
                        "kind": "exception",
                        "type": type(e).__name__,
                        "line": None,
                        "message": f"saving its figures failed: {type(e).__name__}: {e}",
                    }
            report["cells"].append({"figures": figures})
            if report["status"] != "ok":
                break
        if device == "cuda":
            report["device_name"] = torch.cuda.get_device_name(0)
        try:
            atexit._run_exitfuncs()  # as an interpreter would at exit
        except BaseException:  # noqa: BLE001
            pass
        payload = json.dumps(report).encode()
        while payload:
            payload = payload[os.write(res_fd, payload) :]
        code = 0
    except BaseException:  # noqa: BLE001 - engine failure inside the child: show it, exit 70
        try:
            traceback.print_exc()
        except BaseException:  # noqa: BLE001
            pass
    finally:
        _exit(code)
