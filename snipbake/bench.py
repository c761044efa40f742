"""`make bench`: what the engine costs, measured on the project's own examples, in a scratch
build folder (the user's cache is never touched).

- per example: the engine's overhead (wall time minus the example's own work, one at a time)
  against a fresh `python` per example;
- a cold bake, all cores, against its limit: the parent's one-time import of torch plus the
  examples' CPU time shared by the cores (what no scheduler can beat);
- a warm bake (nothing changed), as `make serve` pays on every rebuild.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .bake import bake
from .examples import discover


def _quiet(msg: str) -> None:
    pass


def main(root: Path, limit: int = 0) -> int:
    from . import runner

    examples = [e for e in discover(root) if e.runs_on("cpu") and not e.problems]
    if limit:
        examples = examples[:limit]
    if not examples:
        print("no examples to measure", file=sys.stderr)
        return 1
    only = [e.rel for e in examples]
    n, cores = len(examples), os.cpu_count() or 1
    scratch = Path(tempfile.mkdtemp(prefix="snipbake-bench-"))
    try:
        t0 = time.perf_counter()
        runner.preload()
        preload_s = time.perf_counter() - t0
        print(f"measuring {n} examples in {scratch} (the project's .bake/ is not touched)")

        t0 = time.perf_counter()
        one = bake(root, only=only, jobs=1, force=True, build=scratch / "serial", log=_quiet)
        serial_wall = time.perf_counter() - t0
        work = sum(r.seconds for r in one.results["cpu"].values() if r.example in only)
        cpu = sum(r.cpu_seconds for r in one.results["cpu"].values() if r.example in only)

        env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONHASHSEED": "0"}
        fresh = 0.0
        for ex in examples:
            with tempfile.TemporaryDirectory() as wd:
                t0 = time.perf_counter()
                subprocess.run([sys.executable, str(ex.path)], cwd=wd, env=env, check=False,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
                fresh += time.perf_counter() - t0

        t0 = time.perf_counter()
        bake(root, only=only, force=True, build=scratch / "cold", log=_quiet)
        cold = time.perf_counter() - t0
        cmd = [sys.executable, "-m", "snipbake", "bake", "--build", str(scratch / "cold")]
        warm = min(
            _timed(lambda: subprocess.run(cmd, cwd=root, capture_output=True, check=False))
            for _ in range(3)
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    engine_ms = max(serial_wall - work, 0) / n * 1000
    fresh_ms = (fresh - work) / n * 1000
    bound = preload_s + cpu / cores
    print(f"examples' own work: {work:.2f} s wall, {cpu:.2f} s CPU in total")
    print(f"one-time parent import of torch, numpy, matplotlib: {preload_s * 1000:.0f} ms")
    print(f"cold bake, {cores} at a time: {cold:.2f} s; limit (import + CPU / cores): {bound:.2f} s"
          f" ({cold / bound:.2f}x the limit)")  # fmt: skip
    print(f"warm bake (nothing changed, a fresh process as `make serve` starts): {warm:.2f} s")
    print(
        f"per-example overhead: {engine_ms:.0f} ms bake vs {fresh_ms:.0f} ms fresh interpreter "
        f"({fresh_ms / max(engine_ms, 1e-9):.1f}x)"
    )
    return 0


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0
