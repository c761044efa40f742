"""`make bake`: plan what must run, run it, verify it, publish everything the site needs.

  plan     discover the examples; a current, stored result is reused (a content-hash cache)
  execute  run the rest in sandboxed children (runner.py); the parent stores what it measured
  verify   with --check-determinism, run each example a second time (fresh entropy) and fail one
           whose output changed; a result records that it passed, and the test bake treats an
           unchecked result as a miss. Where the kernel cannot make files read-only, also check
           that nothing in the repository changed during the run.
  publish  fragments, downloads, figures, notebooks and a manifest (publish.py)

A failing example never stops the others: all run, everything is published (a failure shows on
its page), and the report lists every failure as file:line and the reason.
"""

from __future__ import annotations

import datetime as _dt
import fcntl
import hashlib
import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import publish, recordings, sandbox
from .examples import Example, discover
from .layout import Layout
from .model import Error, Result
from .store import Store, key, provenance

CPU_ONLY = "This example needs a CUDA GPU; it runs when the site is built on a machine with one."


@dataclass
class Report:
    examples: list[Example]  # the examples this bake was asked about (all, or a selection)
    results: dict[str, dict[str, Result]] = field(default_factory=lambda: {"cpu": {}, "cuda": {}})
    ran: dict[str, list[str]] = field(default_factory=lambda: {"cpu": [], "cuda": []})
    failures: list[str] = field(default_factory=list)  # "file:line: message"
    isolation: str = ""
    seconds: float = 0.0

    def summary(self) -> str:
        asked = {e.rel for e in self.examples}
        cpu = {rel: r for rel, r in self.results["cpu"].items() if rel in asked}
        skipped = sum(r.status == "skipped" for r in cpu.values())
        failed = sum(1 for f in self.failures if f.split(":")[0] in asked)
        ran = len(self.ran["cpu"])
        cached = len(cpu) - ran - skipped - sum(bool(e.problems) for e in self.examples)
        s = (
            f"baked {len(asked)} examples in {self.seconds:.2f} s: {ran} ran, {max(cached, 0)} "
            f"from cache, {skipped} skipped, {failed} failed"
        )
        if self.ran["cuda"]:
            s += f"; {len(self.ran['cuda'])} recorded on CUDA"
        return s


@contextmanager
def locked(layout: Layout):
    """One bake at a time per checkout (pytest workers, mkdocs serve and a shell may overlap)."""
    layout.build.mkdir(parents=True, exist_ok=True)
    with open(layout.lock, "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def silent(msg: str) -> None:
    """A `log` for `bake` that prints nothing (bench and diff-outputs report on their own)."""


def bake(
    root: Path,
    *,
    device: str = "cpu",
    only: list[str] | None = None,
    jobs: int | None = None,
    force: bool = False,
    check_determinism: bool = False,
    build: Path | None = None,
    log=None,
) -> Report:
    """Bake every example (or those matching `only`); publish for all of them either way
    (unselected ones from the store, when it has them)."""
    root = root.resolve()
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    layout = Layout(root, build)
    t0 = time.perf_counter()
    with locked(layout):
        baker = Baker(layout, device, jobs or os.cpu_count() or 1, force, check_determinism, log)
        report = baker.run(only)
    report.seconds = time.perf_counter() - t0
    return report


class Baker:
    def __init__(self, layout, device, jobs, force, check_determinism, log):
        self.layout, self.device, self.jobs, self.log = layout, device, jobs, log
        self.force, self.check = force, check_determinism
        self.store = Store(layout)
        self.isolation = ""
        self.stray_failures: list[str] = []

    def run(self, only: list[str] | None) -> Report:
        everything = discover(self.layout.root)
        chosen = select(everything, only)
        report = Report(chosen)
        todo = self.plan(everything, chosen, report)
        if todo["cpu"] or todo["cuda"]:
            self.isolation = sandbox.probe()
            report.isolation = sandbox.describe(self.isolation)
            self.log(f"isolation: {report.isolation}")
            before = self.snapshot()
            for dev in ("cpu", "cuda"):
                if todo[dev]:
                    self.execute(todo[dev], dev, report)
            if self.check and todo["cpu"]:
                self.verify(todo["cpu"], report)
            self.tripwire(before, report)
            report.failures.extend(self.stray_failures)
        for ex in chosen:  # never run: report their problems too
            report.failures.extend(ex.problems)
        publish.publish(self.layout, everything, report.results["cpu"])
        return report

    def plan(self, everything, chosen, report: Report) -> dict[str, list[Example]]:
        asked = {ex.rel for ex in chosen}
        todo: dict[str, list[Example]] = {"cpu": [], "cuda": []}
        self.keys: dict[tuple[str, str], str] = {}
        devices = ["cpu"] + (["cuda"] if self.device == "cuda" else [])
        for ex in everything:
            if ex.problems:
                report.results["cpu"][ex.rel] = Result.invalid(ex.rel, ex.problems, ex.header_line)
                continue
            if not ex.runs_on("cpu"):
                report.results["cpu"][ex.rel] = Result.skipped(ex.rel, "cpu", CPU_ONLY)
            for dev in devices:
                if not ex.runs_on(dev):
                    continue
                k = self.keys[ex.rel, dev] = key(ex, dev)
                hit = (
                    None
                    if self.force and ex.rel in asked
                    else self.store.hit(ex, dev, k, require_checked=self.check and dev == "cpu")
                )
                if hit is not None:
                    report.results[dev][ex.rel] = hit
                elif ex.rel in asked:
                    todo[dev].append(ex)
        return todo

    def execute(self, examples: list[Example], dev: str, report: Report) -> None:
        self.log(
            f"running {len(examples)} example(s) on {dev}, {min(self.jobs, len(examples))} at a time"
        )
        self.windows: dict[str, tuple[float, float]] = getattr(self, "windows", {})

        def on_done(ex: Example, outcome) -> None:
            result = outcome.result.replace(
                key=self.keys[ex.rel, dev],
                checked=False,
                provenance=provenance(
                    outcome.device_name, _dt.date.today().isoformat(), self.isolation
                ),
            )
            self.windows[ex.rel] = (time.time() - result.seconds, time.time())
            if result.ok:
                self.store.save_figures(ex, dev, outcome.figures)
            self.store.save(result, ex)
            report.results[dev][ex.rel] = result
            report.ran[dev].append(ex.rel)
            if dev == "cuda" and result.ok:
                recordings.save(self.layout, ex, result)
            mark = "ok" if result.ok else result.status.upper()
            on = f" [{dev}]" if dev != "cpu" else ""
            self.log(f"  {mark:6} {ex.rel} ({result.seconds:.2f} s){on}")
            if not result.ok:
                report.failures.append(result.failure_line())

        run_pooled(examples, self, dev, on_done)

    def verify(self, ran: list[Example], report: Report) -> None:
        """Run each freshly run example again; an output that changed is a failure (unless
        `varies`). Both runs start from fresh entropy, as two plain `python` runs would."""
        results = report.results["cpu"]
        again = [ex for ex in ran if results[ex.rel].ok and not ex.varies]
        if not again:
            return
        self.log(
            f"running {len(again)} example(s) a second time to check their output does not vary"
        )
        first = {ex.rel: self._fingerprint(results[ex.rel], ex) for ex in again}

        def on_done(ex: Example, outcome) -> None:
            second = outcome.result
            self.windows[ex.rel + " (second run)"] = (time.time() - second.seconds, time.time())
            if not second.ok:
                verdict = f"failed on a second run: {(second.error or Error('', '')).message}"
            elif _fingerprint(second.output, outcome.figures) != first[ex.rel]:
                verdict = (
                    "output differs between two runs ("
                    + _first_difference(results[ex.rel], second)
                    + "): seed it yourself (e.g. torch.manual_seed(0); the engine seeds nothing, "
                )
                verdict += "as a plain python run does not), round it, or mark the example `# bake: varies`"
            else:
                verdict = None
            if verdict is None:
                checked = results[ex.rel].replace(checked=True)
            else:
                checked = results[ex.rel].replace(
                    status="failed", error=Error("nondeterministic", verdict, "Nondeterministic")
                )
                report.failures.append(checked.failure_line())
            results[ex.rel] = checked
            self.store.save(checked, ex)

        run_pooled(again, self, "cpu", on_done)

    def _fingerprint(self, result: Result, ex: Example) -> str:
        figdir = self.store.figure_dir(ex, "cpu")
        return _fingerprint(
            result.output, {f.file: (figdir / f.file).read_bytes() for f in result.figures}
        )

    def snapshot(self) -> dict[Path, tuple] | None:
        """Where the kernel does not make files read-only: every file of the repository and the
        build folder, to find afterwards what changed that the bake did not write itself."""
        if "mount" in self.isolation:
            return None
        return _tree_state(self.layout.root)

    def tripwire(self, before, report: Report) -> None:
        if before is None:
            return
        after = _tree_state(self.layout.root)
        mine = (
            self.store.written
            | {self.layout.pending}
            | {
                self.layout.recording_path(*rel.split("/")[1:3])
                .with_suffix("")
                .with_suffix(".cuda.json")
                for rel in report.ran["cuda"]
            }
        )
        for path in sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p)):
            if path in mine:
                continue
            if path in after and after[path]:
                mtime = after[path][-1] / 1e9
            else:  # deleted (or a folder): when its folder last changed
                try:
                    mtime = (
                        path.parent.stat().st_mtime if path not in after else path.stat().st_mtime
                    )
                except OSError:
                    mtime = 0.0
            who = [rel for rel, (a, b) in self.windows.items() if a - 1 <= mtime <= b + 1]
            culprit = " or ".join(dict.fromkeys(w.split(" (")[0] for w in who)) or "an example"
            rel = path.relative_to(self.layout.root)
            report.failures.append(
                f"{culprit}: wrote {rel} during the bake (outside its temporary directory; "
                "if you edited that file yourself meanwhile, bake again)"
            )


def _tree_state(root: Path) -> dict[Path, tuple]:
    """path -> (size, mtime) for files, () for folders (their own times change with their
    contents, which are listed themselves)."""
    state: dict[Path, tuple] = {}
    skip = {
        ".venv",
        ".git",
        "site",
        "test-artifacts",
        "site-zensical",
        "__pycache__",
        ".pytest_cache",
        ".ruff_cache",
    }
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in skip]
        for name in dirnames:
            state[Path(dirpath, name)] = ()
        for name in filenames:
            p = Path(dirpath, name)
            try:
                st = p.lstat()
            except OSError:
                continue
            state[p] = (st.st_size, st.st_mtime_ns)
    return state


def run_pooled(examples: list[Example], baker: Baker, device: str, on_done) -> None:
    """Run examples `jobs` at a time; then those marked `alone`, one by one, with the machine to
    themselves (examples that time themselves are skewed by a busy neighbour)."""
    from .runner import Pool  # imports torch: only when something must run

    pooled = [ex for ex in examples if not ex.alone]
    lone = [ex for ex in examples if ex.alone]
    for batch, jobs in ((pooled, baker.jobs), (lone, 1)):
        if batch:
            pool = Pool(baker.layout.root, device, baker.isolation, on_done, jobs)
            pool.run(batch)
            for pid in pool.unclaimed:
                baker.stray_failures.append(
                    f"an example of this bake left a process running (pid {pid}): killed"
                )


def select(examples: list[Example], only: list[str] | None) -> list[Example]:
    """Examples named by `only`: a path to an example file picks exactly that file; anything
    else (`tensors`, `shape/view`) picks every example whose path contains it."""
    if not only:
        return examples
    chosen = []
    for ex in examples:
        for want in only:
            if want.endswith(".py"):
                if ex.rel == want or ex.rel.endswith("/" + want.removeprefix("./")):
                    chosen.append(ex)
                    break
            elif want in ex.rel.removesuffix(".py"):
                chosen.append(ex)
                break
    return chosen


def _fingerprint(output: str, figures: dict[str, bytes]) -> str:
    h = hashlib.sha256(output.encode())
    for name in sorted(figures):
        h.update(name.encode() + b"\0" + figures[name])
    return h.hexdigest()


def _first_difference(a: Result, b: Result) -> str:
    la, lb = a.output.splitlines(), b.output.splitlines()
    for i, (x, y) in enumerate(zip(la, lb, strict=False), 1):
        if x != y:
            return f"output line {i}: {x.strip()[:60]!r} then {y.strip()[:60]!r}"
    if len(la) != len(lb):
        return f"{len(la)} output lines, then {len(lb)}"
    return "a figure differs"
