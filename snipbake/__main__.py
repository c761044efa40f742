"""Command line: python -m snipbake {bake,run,check,bench,new,diff-outputs} (the Makefile calls these)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path.cwd()  # the repository root: make and CI run from there
# What the bake process itself keeps of the environment it was started with. Examples see even
# less (sandbox.ENV_ALLOW); tokens and CI secrets never reach a process that forks examples,
# because /proc/self/environ shows a forked child its parent's start-up environment.
KEEP = ("PATH", "HOME", "LANG", "LANGUAGE", "TZ", "TERM", "USER", "LOGNAME", "TMPDIR",
        "LD_LIBRARY_PATH", "VIRTUAL_ENV", "PYTHONPATH", "DEVICE", "MPLCONFIGDIR", "XDG_CACHE_HOME")  # fmt: skip
KEEP_PREFIX = ("LC_", "CUDA_", "NVIDIA_", "PYTORCH_CUDA_", "SNIPBAKE_")


def _clean_exec() -> None:
    """Re-exec with a fixed hash seed (set and dict-of-str order must not vary between runs) and
    only the environment listed above."""
    if os.environ.get("SNIPBAKE_CLEAN") == "1" and os.environ.get("PYTHONHASHSEED") == "0":
        return
    env = {k: v for k, v in os.environ.items() if k in KEEP or k.startswith(KEEP_PREFIX)}
    env.update(PYTHONHASHSEED="0", SNIPBAKE_CLEAN="1")
    os.execve(sys.executable, [sys.executable, "-m", "snipbake", *sys.argv[1:]], env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m snipbake", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("bake", help="run changed examples, publish every fragment")
    p.add_argument("paths", nargs="*", help="only examples whose path contains one of these")
    p.add_argument(
        "--device",
        default=os.environ.get("DEVICE") or "cpu",
        choices=["cpu", "cuda"],
        help="cuda: also run CUDA examples and record their output (needs a GPU)",
    )
    p.add_argument("--jobs", "-j", type=int, default=None, help="examples at once (default: cores)")
    p.add_argument("--force", action="store_true", help="ignore the cache")
    p.add_argument(
        "--check-determinism",
        action="store_true",
        help="run each example twice (fresh entropy each time); differing output is a failure",
    )
    p.add_argument("--report", type=Path, help="also write the summary, failures and results here")
    p.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # another build folder (bench)
    p.add_argument("--quiet", "-q", action="store_true", help="log only what failed")
    p.add_argument(
        "--warnings",
        action="store_true",
        help="print every failure and integrity problem on stdout, one per line",
    )

    p = sub.add_parser("run", help="run examples now (no cache) and print their output")
    p.add_argument("paths", nargs="+")

    sub.add_parser("check", help="integrity: orphans, nav, embeds, CUDA recordings, error demos")

    p = sub.add_parser("bench", help="engine overhead per example vs a fresh interpreter")
    p.add_argument("--limit", type=int, default=0, help="only the first N examples")

    p = sub.add_parser("new", help="scaffold a page and a first example, wired into the nav")
    p.add_argument("part", help="a section folder under docs/, e.g. basics")
    p.add_argument("page", help="page slug, e.g. sparse-tensors")
    p.add_argument("--title", help="page title (default: from the slug)")
    p.add_argument("--new-part", action="store_true", help="create the section if it is new")

    sub.add_parser("engine", help=argparse.SUPPRESS)  # the warm engine under `make serve`
    sub.add_parser("zensical-stage", help="stage docs and config for a Zensical build")

    p = sub.add_parser("diff-outputs", help="what changed in the examples' outputs since BASE")
    p.add_argument("base", help="a git revision, e.g. origin/main or HEAD~1")
    p.add_argument("--markdown", action="store_true", help="write Markdown (a CI job summary)")
    p.add_argument("--keep", type=Path, default=Path(".bake/diff"), help="changed figures go here")

    args = parser.parse_args(argv)
    if args.command in ("bake", "run", "bench", "diff-outputs", "engine"):
        _clean_exec()

    if args.command == "bake":
        return _bake(args)
    if args.command == "run":
        from .bake import bake

        report = bake(ROOT, only=args.paths, force=True)
        chosen = {e.rel for e in report.examples}
        if not chosen:
            print(f"no example matches {args.paths}", file=sys.stderr)
            return 2
        for rel in sorted(chosen):
            r = report.results["cpu"][rel]
            print(f"── {rel} ({r.status}, {r.seconds:.2f} s)")
            print(r.output, end="")
            for fig in r.figures:
                print(f"[figure {fig.file}: {fig.alt or 'untitled'}]")
        for line in report.failures:
            print(f"FAILED {line}", file=sys.stderr)
        return 1 if report.failures else 0
    if args.command == "check":
        from .integrity import all_problems

        problems = all_problems(ROOT)
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1 if problems else 0
    if args.command == "bench":
        from .bench import main as bench_main

        return bench_main(ROOT, limit=args.limit)
    if args.command == "new":
        from .scaffold import new_page

        for path in new_page(ROOT, args.part, args.page, args.title, args.new_part):
            print(f"wrote {path.relative_to(ROOT)}")
        print("next: make serve, edit both files, make check, make test")
        return 0
    if args.command == "zensical-stage":
        from .zensical import stage

        print(stage(ROOT))
        return 0
    if args.command == "engine":
        from .serve import engine_main

        return engine_main(ROOT)
    if args.command == "diff-outputs":
        from .diff import diff_outputs

        return diff_outputs(ROOT, args.base, markdown=args.markdown, keep=args.keep)
    return 2


def _quiet_log(msg: str) -> None:
    if not msg.startswith("  ok "):
        print(msg, file=sys.stderr, flush=True)


def _bake(args) -> int:
    from .bake import bake

    report = bake(
        ROOT,
        device=args.device,
        only=args.paths or None,
        jobs=args.jobs,
        force=args.force,
        check_determinism=args.check_determinism,
        build=args.build.resolve() if args.build else None,
        log=_quiet_log if args.quiet else None,
    )
    if args.warnings:
        from .integrity import after_bake

        for line in after_bake(ROOT, report):
            print(line)
    print(report.summary(), file=sys.stderr)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        results = {
            dev: {rel: r.to_json() for rel, r in by_rel.items()}
            for dev, by_rel in report.results.items()
        }
        data = {
            "summary": report.summary(),
            "failures": report.failures,
            "isolation": report.isolation,
        }
        args.report.write_text(json.dumps(data | {"results": results}, indent=1))
    if report.failures and not args.warnings:
        print(f"\n{len(report.failures)} example(s) failed:", file=sys.stderr)
        for line in report.failures:
            print(f"  {line}", file=sys.stderr)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
