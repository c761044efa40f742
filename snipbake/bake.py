"""`make bake`: run what changed, keep every result, write a fragment for every example.

A failing example never stops the others: all run, all fragments are written (a failure shows on its
page), and the report lists every failure with file:line and the reason.
"""

from __future__ import annotations

import datetime as _dt
import fcntl
import hashlib
import json
import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import recordings, render
from .cache import Store, key, local_imports, torch_version, write_if_changed
from .examples import Example, discover

BUILD = ".bake"


@dataclass
class Report:
    examples: list[Example]  # the examples this bake was asked about (all, or a selection)
    results: dict[str, dict] = field(default_factory=dict)  # rel -> cpu result
    cuda_results: dict[str, dict] = field(default_factory=dict)  # rel -> cuda result (DEVICE=cuda)
    ran: list[str] = field(default_factory=list)  # rel of examples executed now (not cached)
    cuda_ran: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # "file:line: message"
    seconds: float = 0.0

    def summary(self) -> str:
        n = len(self.examples)
        skipped = sum(not e.runs_on("cpu") for e in self.examples)
        cached = n - len(self.ran) - skipped - sum(bool(e.problems) for e in self.examples)
        s = (
            f"baked {n} examples in {self.seconds:.2f} s: {len(self.ran)} ran, "
            f"{cached} from cache, {skipped} skipped, {len(self.failures)} failed"
        )
        if self.cuda_ran:
            s += f"; {len(self.cuda_ran)} recorded on CUDA"
        return s


def failure_line(example: Example, result: dict, device: str = "cpu") -> str:
    err = result.get("error", {})
    line = err.get("line")
    where = f"{example.rel}:{line}" if line else example.rel
    on = "" if device == "cpu" else f" [on {device}]"
    return f"{where}: {err.get('message', 'failed')}{on}"


@contextmanager
def locked(build: Path):
    """One bake at a time per checkout (pytest workers, mkdocs serve and a shell may overlap)."""
    build.mkdir(parents=True, exist_ok=True)
    with open(build / "lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _stamp(result: dict, example: Example, k: str, device: str) -> dict:
    result.update(
        example=example.rel,
        key=k,
        device=device,
        torch=torch_version(),
        date=_dt.date.today().isoformat(),
    )
    return result


def bake(
    root: Path,
    *,
    device: str = "cpu",
    only: list[str] | None = None,
    shard: tuple[int, int] | None = None,
    jobs: int | None = None,
    force: bool = False,
    check_determinism: bool = False,
    log=None,
) -> Report:
    """Bake every example, or those matching `only` / in `shard` (k, n); fragments are written
    for all examples either way (unselected ones from the cache, when it has them)."""
    root = root.resolve()
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    build = root / BUILD
    t0 = time.perf_counter()
    with locked(build):
        report = _bake(
            root,
            build,
            device,
            only,
            shard,
            jobs or os.cpu_count() or 1,
            force,
            check_determinism,
            log,
        )
    report.seconds = time.perf_counter() - t0
    return report


def _bake(root, build, device, only, shard, jobs, force, check_determinism, log) -> Report:
    store = Store(build)
    everything = discover(root)
    examples = select(everything, only)
    if shard:
        examples = shard_of(examples, *shard, durations=load_durations(root))
    report = Report(examples)
    chosen = {ex.rel for ex in examples}
    for ex in everything:
        if not ex.runs_on("cpu"):
            report.results[ex.rel] = {
                "status": "skipped",
                "cells": [],
                "output": "",
                "reason": "This example needs a CUDA GPU, and a CPU bake does not run it.",
            }
        elif ex.rel not in chosen and not ex.problems:  # not asked about: from the cache if current
            cached = store.hit(ex, "cpu", key(ex, "cpu"))
            if cached:
                report.results[ex.rel] = cached
    todo: dict[str, list[Example]] = {"cpu": [], "cuda": []}
    keys: dict[tuple[str, str], str] = {}
    devices = ["cpu"] + (["cuda"] if device == "cuda" else [])
    for ex in examples:
        if ex.problems:
            report.results[ex.rel] = {
                "status": "failed",
                "cells": [],
                "output": "",
                "error": {"message": "; ".join(ex.problems), "line": ex.header_line},
            }
            continue
        for dev in devices:
            if not ex.runs_on(dev):
                continue
            k = keys[ex.rel, dev] = key(ex, dev)
            hit = None if force else store.hit(ex, dev, k)
            if hit is None:
                todo[dev].append(ex)
            elif dev == "cpu":
                report.results[ex.rel] = hit
            else:
                report.cuda_results[ex.rel] = hit

    def done(dev):
        def on_done(ex: Example, result: dict) -> None:
            _stamp(result, ex, keys[ex.rel, dev], dev)
            store.save(ex, dev, result)
            if dev == "cpu":
                report.results[ex.rel] = result
                report.ran.append(ex.rel)
            else:
                report.cuda_results[ex.rel] = result
                report.cuda_ran.append(ex.rel)
                if result["status"] == "ok":
                    recordings.save(ex, result)
            mark = "ok" if result["status"] == "ok" else result["status"].upper()
            log(
                f"  {mark:6} {ex.rel} ({result.get('wall_seconds', 0):.2f} s)"
                + (f" [{dev}]" if dev != "cpu" else "")
            )
            if result["status"] == "failed":
                report.failures.append(failure_line(ex, result, dev))

        return on_done

    if todo["cpu"] or todo["cuda"]:
        for dev in devices:
            if todo[dev]:
                log(
                    f"running {len(todo[dev])} example(s) on {dev}, {min(jobs, len(todo[dev]))} at a time"
                )
                run_pooled(
                    todo[dev],
                    root=root,
                    device=dev,
                    jobs=jobs,
                    figdir_for=lambda ex, d=dev: store.figure_dir(ex, d),
                    on_done=done(dev),
                )
        if check_determinism:
            _check_determinism(root, store, todo["cpu"], report, jobs, log)

    for ex in examples:  # header problems were never run: report them too
        if ex.problems:
            report.failures.extend(ex.problems)
    write_fragments(root, build, everything, report.results)
    return report


def run_pooled(examples: list[Example], *, jobs: int, **kwargs) -> None:
    """Run examples `jobs` at a time; then those marked `alone`, one by one, with the machine
    to themselves (examples that time themselves are skewed by a busy neighbour)."""
    from . import runner  # imports torch: only when something must run

    pooled = [ex for ex in examples if not ex.alone]
    lone = [ex for ex in examples if ex.alone]
    if pooled:
        runner.run_all(pooled, jobs=jobs, **kwargs)
    if lone:
        runner.run_all(lone, jobs=1, **kwargs)


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


DURATIONS = Path(".ci") / "durations.json"


def load_durations(root: Path) -> dict[str, float]:
    try:
        return json.loads((root / DURATIONS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def record_durations(root: Path) -> int:
    """Write each example's last wall-clock run time into .ci/durations.json; returns the count."""
    store = Store(root / BUILD)
    durations = {}
    for ex in discover(root):
        result = store.load(ex, "cpu")
        if result and "wall_seconds" in result:
            durations[ex.rel] = round(result["wall_seconds"], 2)
    write_if_changed(root / DURATIONS, json.dumps(durations, indent=1, sort_keys=True) + "\n")
    return len(durations)


def shard_of(examples: list[Example], k: int, n: int, durations: dict[str, float]) -> list[Example]:
    """Shard k of n (1-based), balanced by recorded duration: longest first, each to the
    lightest shard so far. Examples with no recorded duration count as the median one."""
    if not 1 <= k <= n:
        raise ValueError(f"shard {k}/{n}: k must be between 1 and n")
    known = sorted(durations.values())
    default = known[len(known) // 2] if known else 1.0
    cost = {e.rel: durations.get(e.rel, default) for e in examples}
    loads = [0.0] * n
    assigned: list[list[Example]] = [[] for _ in range(n)]
    for ex in sorted(examples, key=lambda e: (-cost[e.rel], e.rel)):
        i = min(range(n), key=lambda j: (loads[j], j))
        loads[i] += cost[ex.rel]
        assigned[i].append(ex)
    return sorted(assigned[k - 1], key=lambda e: e.rel)


def _fingerprint(result: dict, figdir: Path) -> str:
    h = hashlib.sha256(result.get("output", "").encode())
    for cell in result.get("cells", []):
        for fig in cell.get("figures", []):
            h.update((figdir / fig["file"]).read_bytes())
    return h.hexdigest()


def _check_determinism(root, store, ran: list[Example], report: Report, jobs, log) -> None:
    """Run each freshly run example again; an output that changed is a failure (unless `varies`)."""
    again = [ex for ex in ran if not ex.varies and report.results[ex.rel]["status"] == "ok"]
    if not again:
        return
    log(f"running {len(again)} example(s) a second time to check their output does not vary")
    first = {
        ex.rel: _fingerprint(report.results[ex.rel], store.figure_dir(ex, "cpu")) for ex in again
    }
    tmpdirs = {ex.rel: store.build / "determinism" / ex.chapter / ex.name for ex in again}

    def on_done(ex: Example, result: dict) -> None:
        if result["status"] != "ok":
            msg = f"failed on a second run: {result.get('error', {}).get('message')}"
        elif _fingerprint(result, tmpdirs[ex.rel]) != first[ex.rel]:
            msg = _first_difference(
                report.results[ex.rel].get("output", ""), result.get("output", "")
            )
        else:
            return
        bad = dict(
            report.results[ex.rel],
            status="failed",
            error={
                "kind": "nondeterministic",
                "line": None,
                "message": f"output differs between two runs ({msg}): seed it yourself (e.g. "
                "torch.manual_seed(0); the engine seeds nothing, as a plain python run does "
                "not), round it, or mark the example `# bake: varies`",
            },
        )
        report.results[ex.rel] = bad
        store.save(ex, "cpu", bad)
        report.failures.append(failure_line(ex, bad))

    run_pooled(
        again,
        root=root,
        device="cpu",
        jobs=jobs,
        figdir_for=lambda ex: tmpdirs[ex.rel],
        on_done=on_done,
    )


def _first_difference(a: str, b: str) -> str:
    la, lb = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(la, lb, strict=False), 1):
        if x != y:
            return f"output line {i}: {x.strip()[:60]!r} then {y.strip()[:60]!r}"
    if len(la) != len(lb):
        return f"{len(la)} output lines, then {len(lb)}"
    return "a figure differs"


def write_fragments(
    root: Path, build: Path, examples: list[Example], results: dict[str, dict]
) -> None:
    frag_dir = build / "fragments"
    wanted = set()
    for ex in examples:
        rec = recordings.load(ex) if ex.records_cuda else None
        state = recordings.state(ex, rec) if ex.records_cuda else "missing"
        helpers = tuple(h.name for h in local_imports(ex.path))
        text = render.fragment(
            ex, ex.path.read_text(encoding="utf-8"), results.get(ex.rel), rec, state, helpers
        )
        target = frag_dir / ex.chapter / f"{ex.name}.md"
        wanted.add(target)
        write_if_changed(target, text)
    if frag_dir.is_dir():  # a deleted example's fragment must go, so its embed fails the build
        for stale in frag_dir.rglob("*.md"):
            if stale not in wanted:
                stale.unlink()
