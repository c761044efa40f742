"""`make bench`: what the engine costs, measured on the project's own examples, in a scratch
build folder (the user's cache is never touched).

- per example: the engine's overhead (wall time minus the example's own work, one at a time)
  against a fresh `python` per example;
- a cold bake, all cores, against its limit: the parent's one-time import of torch plus the
  examples' CPU time shared by the cores (what no scheduler can beat);
- a warm bake (nothing changed), as `make serve` pays on every rebuild;
- the edit loop: `make serve` on a scratch copy of the repository, an example saved with a new
  line of output, until the served page shows it (median of five saves).
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .bake import bake, silent
from .examples import discover
from .layout import Layout


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
        one = bake(root, only=only, jobs=1, force=True, build=scratch / "serial", log=silent)
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
        bake(root, only=only, force=True, build=scratch / "cold", log=silent)
        cold = time.perf_counter() - t0
        cmd = [sys.executable, "-m", "snipbake", "bake", "--build", str(scratch / "cold")]
        warm = min(
            _timed(lambda: subprocess.run(cmd, cwd=root, capture_output=True, check=False))
            for _ in range(3)
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    loop = edit_loop(root) if not limit else []
    engine_ms = max(serial_wall - work, 0) / n * 1000
    fresh_ms = (fresh - work) / n * 1000
    bound = preload_s + cpu / cores
    print(f"examples' own work: {work:.2f} s wall, {cpu:.2f} s CPU in total")
    print(f"one-time parent import of torch, numpy, matplotlib: {preload_s * 1000:.0f} ms")
    print(f"cold bake, {cores} at a time: {cold:.2f} s; limit (import + CPU / cores): {bound:.2f} s"
          f" ({cold / bound:.2f}x the limit)")  # fmt: skip
    print(f"warm bake (nothing changed, a fresh process as `make serve` starts): {warm:.2f} s")
    if loop:
        runs = ", ".join(f"{t:.2f}" for t in loop)
        print(
            f"edit loop (save an example -> served page shows it): median {statistics.median(loop):.2f} s ({runs})"
        )
    print(
        f"per-example overhead: {engine_ms:.0f} ms bake vs {fresh_ms:.0f} ms fresh interpreter "
        f"({fresh_ms / max(engine_ms, 1e-9):.1f}x)"
    )
    return 0


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def edit_loop(root: Path, saves: int = 5) -> list[float]:
    """Seconds from saving an example to `make serve`'s page showing its new output."""
    with tempfile.TemporaryDirectory(prefix="snipbake-serve-") as tmp:
        copy = Path(tmp) / "repo"
        files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=root,
                               capture_output=True, text=True, check=True).stdout.split()  # fmt: skip
        for rel in files:
            if (root / rel).is_file():
                (copy / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(root / rel, copy / rel)
        if Layout(root).build.is_dir():
            shutil.copytree(
                Layout(root).build, Layout(copy).build, ignore=shutil.ignore_patterns("lock")
            )
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        url = f"http://127.0.0.1:{port}/basics/what-pytorch-is.html"
        cmd = [str(Path(sys.executable).with_name("properdocs")), "serve", "-f", "mkdocs.yml",
               "--dev-addr", f"127.0.0.1:{port}", "--livereload", "--dirty"]  # fmt: skip
        env = {**os.environ, "SITE_URL": f"http://127.0.0.1:{port}/", "NO_MKDOCS_2_WARNING": "1"}
        server = subprocess.Popen(cmd, cwd=copy, env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            _wait_for(url, "three_parts", timeout=600)
            example = copy / "snippets" / "what-pytorch-is" / "three_parts.py"
            original = example.read_text(encoding="utf-8")
            times = []
            for i in range(saves):
                marker = f"edit-loop-marker-{i}"
                example.write_text(original + f'print("{marker}")\n', encoding="utf-8")
                t0 = time.perf_counter()
                _wait_for(url, marker, timeout=120)
                times.append(time.perf_counter() - t0)
                time.sleep(1)
            return times
        finally:
            server.kill()
            server.wait()


def _wait_for(url: str, text: str, timeout: float) -> None:
    from urllib.request import urlopen

    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        try:
            with urlopen(url, timeout=5) as response:
                if text in response.read().decode("utf-8", "replace"):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} never showed {text!r}")
