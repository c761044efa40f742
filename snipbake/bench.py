"""`make bench`: what the engine costs per example, against a fresh `python` per example.

Both are measured in this run on the project's own examples, one at a time. The example's own work
is its run time inside a warm engine child (where `import torch` is already done); overhead is wall
time minus that work. The parent's one-time import of torch is reported on its own line: it is paid
once per bake, not per example. Also times a cold bake (cache ignored) and a warm one (nothing
changed), as `make bake` runs them.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .cache import Store
from .examples import discover


def _bake_cmd(root: Path, *extra: str) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "snipbake", "bake", *extra],
        cwd=root,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def main(root: Path, limit: int = 0) -> int:
    from . import runner

    examples = [e for e in discover(root) if e.runs_on("cpu") and not e.problems]
    if limit:
        examples = examples[:limit]
    if not examples:
        print("no examples to measure", file=sys.stderr)
        return 1
    n = len(examples)
    print(f"measuring {n} examples, one at a time")

    t0 = time.perf_counter()
    runner.preload()
    preload_s = time.perf_counter() - t0

    inner: dict[str, float] = {}
    scratch = Store(Path(tempfile.mkdtemp(prefix="snipbake-bench-")))
    t0 = time.perf_counter()
    runner.run_all(
        examples,
        root=root,
        device="cpu",
        jobs=1,
        figdir_for=lambda ex: scratch.figure_dir(ex, "cpu"),
        on_done=lambda ex, r: inner.__setitem__(ex.rel, r.get("seconds", 0.0)),
    )
    engine_wall = time.perf_counter() - t0

    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONHASHSEED": "0"}
    fresh_walls = []
    for ex in examples:
        with tempfile.TemporaryDirectory() as wd:
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, str(ex.path)],
                cwd=wd,
                env=env,
                check=False,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            fresh_walls.append(time.perf_counter() - t0)

    work = sum(inner.values())
    engine_ms = (engine_wall - work) / n * 1000
    fresh_ms = (sum(fresh_walls) - work) / n * 1000
    cold = _bake_cmd(root, "--force")
    warm = _bake_cmd(root)
    warm_again = _bake_cmd(root)

    print(
        f"examples' own work: {work:.2f} s in total, median {statistics.median(inner.values()) * 1000:.0f} ms"
    )
    print(f"one-time parent import of torch, numpy, matplotlib: {preload_s * 1000:.0f} ms")
    print(
        f"engine, {n} examples in sequence: {engine_wall:.2f} s; fresh interpreters: {sum(fresh_walls):.2f} s"
    )
    print(f"make bake, cold (cache ignored, {os.cpu_count()} at a time): {cold:.2f} s")
    print(f"make bake, warm (nothing changed): {min(warm, warm_again):.2f} s")
    print(
        f"per-example overhead: {engine_ms:.0f} ms bake vs {fresh_ms:.0f} ms fresh interpreter "
        f"({fresh_ms / max(engine_ms, 1e-9):.1f}x)"
    )
    return 0
