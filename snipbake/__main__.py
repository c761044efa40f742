"""Command line: python -m snipbake {bake,run,check,bench,new} (the Makefile's targets call these)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path.cwd()  # the repository root: make and CI run from there


def _fixed_hash_seed() -> None:
    # Set and dict-of-str iteration order must not vary between runs: re-exec with a fixed seed.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, "-m", "snipbake", *sys.argv[1:]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m snipbake", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("bake", help="run changed examples, write every fragment")
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
        help="run each executed example twice; differing output is a failure",
    )
    p.add_argument("--report", type=Path, help="also write the summary and failures here as JSON")
    p.add_argument("--shard", help="K/N: only shard K of N, balanced by .ci/durations.json (CI)")

    sub.add_parser("durations", help="record each example's run time into .ci/durations.json")

    p = sub.add_parser("run", help="run examples now (no cache) and print their output")
    p.add_argument("paths", nargs="+")

    sub.add_parser("check", help="integrity: orphans, nav, embeds, CUDA recordings")

    p = sub.add_parser("bench", help="engine overhead per example vs a fresh interpreter")
    p.add_argument("--limit", type=int, default=0, help="only the first N examples")

    p = sub.add_parser(
        "new", help="scaffold a chapter page and a first example, wired into the nav"
    )
    p.add_argument("part", help="a folder under docs/, e.g. basics")
    p.add_argument("chapter", help="chapter slug, e.g. sparse-tensors")
    p.add_argument("--title", help="page title (default: from the slug)")

    args = parser.parse_args(argv)
    if args.command in ("bake", "run", "bench"):
        _fixed_hash_seed()

    if args.command == "bake":
        from .bake import bake

        shard = tuple(int(x) for x in args.shard.split("/")) if args.shard else None
        report = bake(
            ROOT,
            device=args.device,
            only=args.paths or None,
            shard=shard,
            jobs=args.jobs,
            force=args.force,
            check_determinism=args.check_determinism,
        )
        print(report.summary(), file=sys.stderr)
        if args.report:
            args.report.parent.mkdir(parents=True, exist_ok=True)
            args.report.write_text(
                json.dumps({"summary": report.summary(), "failures": report.failures}, indent=1)
            )
        if report.failures:
            print(f"\n{len(report.failures)} example(s) failed:", file=sys.stderr)
            for line in report.failures:
                print(f"  {line}", file=sys.stderr)
            return 1
        return 0

    if args.command == "run":
        from .bake import BUILD, failure_line, select
        from .cache import Store
        from .examples import discover
        from .runner import run_all

        examples = select(discover(ROOT), args.paths)
        if not examples:
            print(f"no example matches {args.paths}", file=sys.stderr)
            return 2
        failed = []

        device = os.environ.get("DEVICE") or "cpu"
        for ex in [e for e in examples if not e.runs_on(device)]:
            print(f"── {ex.rel} (skipped: it runs on {', '.join(ex.devices)}, this is {device})")
        examples = [e for e in examples if e.runs_on(device)]

        def show(ex, result):
            print(f"── {ex.rel} ({result['status']}, {result.get('seconds', 0):.2f} s)")
            print(result.get("output", ""), end="")
            if result["status"] != "ok":
                failed.append(failure_line(ex, result))

        store = Store(ROOT / BUILD / "scratch")
        run_all(
            examples,
            root=ROOT,
            device=device,
            jobs=1,
            figdir_for=lambda ex: store.figure_dir(ex, "cpu"),
            on_done=show,
        )
        for line in failed:
            print(f"FAILED {line}", file=sys.stderr)
        return 1 if failed else 0

    if args.command == "durations":
        from .bake import DURATIONS, record_durations

        print(f"recorded {record_durations(ROOT)} durations in {DURATIONS}", file=sys.stderr)
        return 0

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
        from .scaffold import new_chapter

        page, example, config = new_chapter(ROOT, args.part, args.chapter, args.title)
        print(
            f"created {page.relative_to(ROOT)}\ncreated {example.relative_to(ROOT)}\n"
            f"added the page to the nav in {config.relative_to(ROOT)}\n"
            "next: make serve, edit both files, make test"
        )
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
