"""The engine's behaviour on honest but broken examples: each failure is reported with file, line
and reason, never hides the other examples' outputs, and every bake is right about its cache.

Bakes here go through the command line (`python -m snipbake bake`), as make, the MkDocs hook and
CI run it, in a scratch repository holding tests/engine_cases/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from snipbake import capture, integrity, recordings, store
from snipbake.examples import HEADER, discover, split_cells
from snipbake.layout import Layout
from snipbake.model import Result
from snipbake.render import figures_html
from tests.conftest import bake_cli, processes_of

CASES = Path(__file__).parent / "engine_cases"
PAGE = "snippets/cases"


def make_root(tmp: Path, names: list[str] | None = None) -> Path:
    (tmp / "snippets" / "cases").mkdir(parents=True)
    for f in CASES.glob("*.py"):
        if names is None or f.stem in names or f.name.startswith("_"):
            shutil.copy(f, tmp / "snippets" / "cases" / f.name)
    return tmp


def bake(root: Path, *args: str, env: dict | None = None):
    report = root.parent / f"report-{root.name}.json"
    if env:
        old = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
    try:
        return bake_cli(root, *args, report=report)
    finally:
        if env:
            for k, v in old.items():
                os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)


def ran(root: Path, *args: str) -> list[str]:
    """Which examples a bake actually executed (not from the cache), from its log."""
    proc = subprocess.run(
        [sys.executable, "-m", "snipbake", "bake", *args], cwd=root, capture_output=True, text=True
    )
    return sorted(
        ln.split()[1] for ln in proc.stderr.splitlines() if ln.startswith(("  ok ", "  FAILED "))
    )


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    root = make_root(tmp_path_factory.mktemp("engine") / "repo")
    return root, bake(root, "--jobs", "2", "--check-determinism")


def result(cases, name) -> Result:
    return cases[1].results[f"{PAGE}/{name}.py"]


def failure(cases, name) -> str:
    lines = [f for f in cases[1].failures if f.startswith(f"{PAGE}/{name}.py")]
    assert len(lines) == 1, cases[1].failures
    return lines[0]


def test_every_case_has_a_result(cases):
    root, report = cases
    assert sorted(report.results) == sorted(e.rel for e in discover(root))


def test_the_good_cases_all_ran_beside_the_failures(cases):
    ok = sorted(rel for rel, r in cases[1].results.items() if r.ok)
    good = ["cells", "exit0", "figure", "huge", "order", "seeded", "uses_helper", "varies"]
    assert ok == [f"{PAGE}/{n}.py" for n in good]


def test_stdout_and_stderr_are_captured_in_order(cases):
    assert result(cases, "order").output == "one\ntwo\nthree (same line)\nfour\n"


def test_exception_reports_file_line_and_message(cases):
    r = result(cases, "raises")
    assert r.status == "failed" and r.error.line == 4
    assert failure(cases, "raises").startswith(f"{PAGE}/raises.py:4: RuntimeError: view size")
    # the traceback shows the example's own frames, with repository-relative paths
    assert f'File "{PAGE}/raises.py", line 4' in r.output
    assert "snipbake" not in r.output


def test_hang_is_killed_at_its_timeout_and_says_where(cases):
    r = result(cases, "hang")
    assert r.error.kind == "timeout" and r.error.line == 5
    assert "timed out after 1 s" in failure(cases, "hang")
    assert r.seconds < 5


def test_timeout_kills_dataloader_workers_too(cases):
    r = result(cases, "hang_workers")
    assert r.error.kind == "timeout"
    assert r.output.count("worker pid") >= 1, r.output  # the workers had started
    assert processes_of(cases[1].run) == []


def test_crash_is_reported_with_signal_and_line(cases):
    r = result(cases, "segv")
    assert r.error.kind == "signal" and r.error.type == "SIGSEGV" and r.error.line == 4
    assert r.output.startswith("about to crash\n")  # what it printed before dying is kept


def test_huge_output_is_truncated_with_a_note(cases):
    root, _ = cases
    r = result(cases, "huge")
    assert r.ok and r.truncated_bytes > 0
    assert len(r.output.encode()) <= capture.MAX_OUTPUT
    fragment = Layout(root).fragment_path("cases", "huge").read_text()
    assert f"output truncated: {r.truncated_bytes:,} more bytes" in fragment


def test_sys_exit_nonzero_fails_and_zero_passes(cases):
    assert result(cases, "exit0").ok
    r = result(cases, "exit3")
    assert r.status == "failed" and r.error.line == 4
    assert "sys.exit(3)" in failure(cases, "exit3")
    assert r.output == "leaving early\n"


def test_os_exit_is_reported(cases):
    r = result(cases, "os_exit")
    assert "exited with status 4" in r.error.message
    assert r.output == "bye\n"


def test_stdin_is_closed(cases):
    r = result(cases, "stdin")
    assert r.error.type == "EOFError" and r.error.line == 1


def test_syntax_error_names_the_line(cases):
    r = result(cases, "syntax")
    assert r.error.type == "SyntaxError" and r.error.line == 2
    assert failure(cases, "syntax").startswith(f"{PAGE}/syntax.py:2: SyntaxError")


def test_writes_stay_in_a_temporary_directory(cases):
    root, _ = cases
    r = result(cases, "writes")
    assert "['scratch.txt']" in r.output
    assert r.error.line == 7 and r.error.type in ("PermissionError", "OSError")
    assert not (root / "snippets" / "cases" / "escaped.txt").exists()
    assert not list(root.rglob("scratch.txt"))


def test_memory_limit_turns_a_huge_allocation_into_an_error(cases):
    r = result(cases, "memory")
    assert r.status == "failed" and r.error.line == 4
    assert "allocate" in r.error.message.lower() or r.error.type == "MemoryError"


def test_cuda_example_is_skipped_on_cpu_with_a_reason(cases):
    r = result(cases, "needs_cuda")
    assert r.status == "skipped" and "needs a CUDA GPU" in r.reason


def test_bad_header_names_file_and_line(cases):
    assert failure(cases, "bad_header") == (
        f"{PAGE}/bad_header.py:2: bad `# bake:` header: unknown option 'colour=red' "
        "(known: devices=, timeout=, budget=, memory=, varies, alone, notebook)"
    )


def test_figures_are_captured_and_published(cases):
    root, _ = cases
    r = result(cases, "figure")
    assert [f.alt for f in r.figures] == ["three points"]
    layout = Layout(root)
    svg = layout.figure_dir("cases", "figure", "cpu") / r.figures[0].file
    assert svg.read_bytes().startswith(b"<?xml")
    assert (layout.site / "_snippets/cpu/cases/figure" / r.figures[0].file).read_bytes() == (
        svg.read_bytes()
    )
    fragment = layout.fragment_path("cases", "figure").read_text()
    assert 'src="../_snippets/cpu/cases/figure/fig-1.svg" alt="three points"' in fragment


def test_a_figure_too_large_to_save_is_reported_as_such(cases):
    """Reliability review 3h: a MemoryError while saving figures read 'exit status 70'."""
    r = result(cases, "huge_figure")
    assert r.output == "drew a huge raster\n"
    assert r.error.message.startswith("saving its figures failed: MemoryError"), r.error


def test_nondeterministic_output_fails_unless_marked_varies(cases):
    assert "output differs between two runs" in failure(cases, "random_bytes")
    assert result(cases, "varies").ok


def test_the_engine_seeds_nothing_so_unseeded_randomness_is_caught(cases):
    """A downloaded example prints what the page shows only if it seeds itself."""
    line = failure(cases, "unseeded")
    assert "output differs between two runs" in line and "torch.manual_seed(0)" in line
    assert result(cases, "seeded").ok and result(cases, "seeded").checked


def test_notebook_cells_are_captured_separately(cases):
    r = result(cases, "cells")
    assert [c.kind for c in r.cells] == ["markdown", "code", "code"]
    assert r.cells[0].source.startswith("# A notebook")
    assert r.cells[1].output == "first cell\n"
    assert r.cells[2].output == "x * 2 = 42\n" and len(r.cells[2].figures) == 1


def test_notebook_cells_agree_with_jupytext(cases):
    """Our own reader of `# %%` cells (it keeps line numbers) reads what jupytext reads, the
    `# bake:` line aside (tooling, not a cell)."""
    jupytext = pytest.importorskip("jupytext")
    root, _ = cases
    books = [ex for ex in discover(root) if ex.notebook]
    assert books
    for ex in books:
        ours = [(kind, text) for kind, _, text in split_cells(ex.source)]
        plain = "\n".join(ln for ln in ex.source.splitlines() if not HEADER.match(ln))
        theirs = jupytext.reads(plain, fmt="py:percent").cells
        assert ours == [(c.cell_type, c.source) for c in theirs]


def test_a_cell_mark_printed_by_an_example_cannot_shift_outputs(tmp_path):
    root = tmp_path / "repo"
    (root / "snippets" / "nb").mkdir(parents=True)
    (root / "snippets" / "nb" / "book.py").write_text(
        "# bake: notebook\n# %%\nprint('a')\nprint('\\x1e\\x1esnipbake-cell\\x1e\\x1e')\n"
        "# %%\nprint('b')\n"
    )
    r = bake(root).results["snippets/nb/book.py"]
    assert [c.output for c in r.cells] == ["a\nsnipbake-cell\n", "b\n"]


# --- the cache -------------------------------------------------------------------------------


def test_cache_skips_unchanged_and_reruns_changed(tmp_path):
    root = make_root(tmp_path / "repo", ["order", "uses_helper"])
    assert ran(root) == [f"{PAGE}/order.py", f"{PAGE}/uses_helper.py"]
    assert ran(root) == []  # nothing changed: nothing runs
    (root / "snippets" / "cases" / "_helper.py").write_text('GREETING = "changed"\n')
    assert ran(root) == [f"{PAGE}/order.py", f"{PAGE}/uses_helper.py"]  # the folder's files
    assert bake(root).results[f"{PAGE}/uses_helper.py"].output == "changed\n"


def test_a_deleted_figure_is_a_cache_miss(tmp_path):
    """Defect: a deleted figure used to stay a cache hit (245 test errors, only --force helped)."""
    root = make_root(tmp_path / "repo", ["figure"])
    first = bake(root).results[f"{PAGE}/figure.py"]
    svg = Layout(root).figure_dir("cases", "figure", "cpu") / first.figures[0].file
    svg.unlink()
    assert ran(root) == [f"{PAGE}/figure.py"]
    assert svg.is_file()


def test_a_result_not_checked_for_determinism_is_rerun_by_the_checking_bake(tmp_path):
    """Defect: an unseeded example first baked by `make bake`/`make serve` passed `make test`."""
    root = make_root(tmp_path / "repo", ["unseeded", "seeded"])
    assert bake(root).failures == []  # one run: nothing to compare yet
    checked = bake(root, "--check-determinism")
    assert [f.split(":")[0] for f in checked.failures] == [f"{PAGE}/unseeded.py"]
    assert ran(root, "--check-determinism") == [f"{PAGE}/unseeded.py"]  # seeded: checked, a hit


def test_the_hash_seed_is_fixed_for_every_way_of_baking(tmp_path):
    """Defect: the in-process API baked with a random hash seed, so set order passed the
    determinism check. The CLI fixes the seed; the API refuses a random one."""
    root = tmp_path / "repo"
    (root / "snippets" / "s").mkdir(parents=True)
    (root / "snippets" / "s" / "sets.py").write_text('print({"alpha", "beta", "gamma", "delta"})\n')
    outputs = set()
    for seed in ("1", "2", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "snipbake", "bake", "--force"], cwd=root, env=env,
                       capture_output=True, check=True)  # fmt: skip
        outputs.add(
            Layout(root).result_path("s", "sets", "cpu").read_text().split('"output"')[1][:80]
        )
    assert len(outputs) == 1
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    code = "from pathlib import Path; from snipbake.bake import bake; bake(Path('.'), force=True)"
    proc = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True,
                          text=True)  # fmt: skip
    assert proc.returncode != 0 and "needs PYTHONHASHSEED=0" in proc.stderr


def test_the_key_covers_library_versions_and_the_engine(tmp_path, monkeypatch):
    """Defect: a matplotlib upgrade kept stale figures; the engine version was bumped by hand."""
    root = make_root(tmp_path / "repo", ["order"])
    [ex] = discover(root)
    before = store.key(ex, "cpu")
    assert store.key(ex, "cuda") != before
    real = store.version
    monkeypatch.setattr(store, "version", lambda p: "9.9" if p == "matplotlib" else real(p))
    assert store.key(ex, "cpu") != before
    monkeypatch.setattr(store, "version", real)
    monkeypatch.setattr(store, "engine_hash", lambda: "another engine")
    assert store.key(ex, "cpu") != before


def test_timing_examples_run_alone(tmp_path):
    """Defect: self-timing examples flaked beside others. `alone` runs one with the machine to
    itself, after the others."""
    root = tmp_path / "repo"
    (root / "snippets" / "t").mkdir(parents=True)
    stamp = "import time\nprint(time.time())\ntime.sleep(0.4)\nprint(time.time())\n"
    (root / "snippets" / "t" / "timed.py").write_text("# bake: varies alone\n" + stamp)
    for n in range(3):
        (root / "snippets" / "t" / f"busy{n}.py").write_text("# bake: varies\n" + stamp)
    results = bake(root, "--jobs", "4").results
    span = {rel: [float(x) for x in r.output.split()] for rel, r in results.items()}
    a, b = span["snippets/t/timed.py"]
    others = [v for k, v in span.items() if not k.endswith("timed.py")]
    assert all(end <= a or start >= b for start, end in others), span


def test_deleted_example_loses_its_fragment(tmp_path):
    root = make_root(tmp_path / "repo", ["order", "exit0"])
    bake(root)
    frag = Layout(root).fragment_path("cases", "exit0")
    assert frag.exists()
    os.remove(root / "snippets" / "cases" / "exit0.py")
    bake(root)
    assert not frag.exists()  # so a page that still embeds it fails the strict build


def test_baking_a_selection_keeps_the_other_fragments(tmp_path):
    root = make_root(tmp_path / "repo", ["order", "exit0"])
    bake(root)
    assert ran(root, "cases/order", "--force") == [f"{PAGE}/order.py"]
    fragment = Layout(root).fragment_path("cases", "exit0").read_text()
    assert f'title="Output · CPU · torch {store.torch_version()}"\ndone\n```' in fragment


def test_a_path_selects_exactly_that_example(tmp_path):
    from snipbake.bake import select

    root = make_root(tmp_path / "repo", ["exit0", "exit3", "order"])
    examples = discover(root)
    assert [e.name for e in select(examples, ["snippets/cases/exit0.py"])] == ["exit0"]
    assert [e.name for e in select(examples, ["cases/exit"])] == ["exit0", "exit3"]
    assert select(examples, None) == examples


def test_two_cold_bakes_publish_identical_bytes(tmp_path):
    """Reproducible builds: fragments, figures and notebooks (cell ids included)."""
    root = make_root(tmp_path / "repo", ["order", "figure", "cells"])
    trees = []
    for _ in range(2):
        shutil.rmtree(root / ".bake", ignore_errors=True)
        bake(root)
        layout = Layout(root)
        trees.append({
            p.relative_to(layout.build).as_posix(): p.read_bytes()
            for base in (layout.fragments, layout.site) for p in base.rglob("*") if p.is_file()
        })  # fmt: skip
    assert trees[0] == trees[1] and any(k.endswith(".ipynb") for k in trees[0])


def test_output_reads_as_a_terminal_shows_it():
    raw = "a\tb\n\x1b[31mred\x1b[0m\nprogress 0%\rprogress 50%\rprogress 100%\nnul[\x00]\u2028x\n"
    assert capture.terminal_text(raw) == "a       b\nred\nprogress 100%\nnul[] x\n"


# --- CUDA recordings -------------------------------------------------------------------------


def test_saving_a_recording_takes_it_off_the_pending_list(tmp_path):
    """Defect: the GPU job's first success failed `make test-cuda` with 22 'remove it from the
    pending list' problems. Saving a recording now updates the list itself."""
    root = tmp_path / "repo"
    (root / "snippets" / "g").mkdir(parents=True)
    (root / "snippets" / "g" / "on_gpu.py").write_text("# bake: devices=cpu,cuda\nprint(1)\n")
    (root / "snippets" / "cuda-pending.txt").write_text(
        "# waiting for a GPU\nsnippets/g/on_gpu.py  no GPU when written\n"
    )
    layout = Layout(root)
    [ex] = discover(root)
    assert integrity.check_recordings(root, [ex]) == []
    recorded = Result(ex.rel, "cuda", "ok", cells=(), seconds=0.5)
    recordings.save(layout, ex, recorded)
    assert integrity.check_recordings(root, [ex]) == []
    assert "on_gpu" not in layout.pending.read_text()
    rec, stale = recordings.load(layout, ex)
    assert rec is not None and not stale


def test_figure_alt_text_keeps_brackets(tmp_path):
    root = make_root(tmp_path / "repo", ["figure"])
    [ex] = discover(root)
    from snipbake.model import Figure

    html = figures_html(ex, "cpu", [Figure("fig-1.svg", "rand is flat on [0, 1)")], "CPU")
    assert 'alt="rand is flat on [0, 1)"' in html


def test_the_key_covers_what_an_example_reads_from_its_folder(tmp_path):
    """Reliability review 4a: a dynamic import, a data file and a class imported from another
    example all change what an example prints; each change re-runs it."""
    root = tmp_path / "repo"
    page = root / "snippets" / "deps"
    page.mkdir(parents=True)
    (page / "_dyn.py").write_text('VALUE = "v1"\n')
    (page / "data.csv").write_text("v1\n")
    (page / "shared.py").write_text('NAME = "v1"\nprint("shared example")\n')
    (page / "dynamic.py").write_text(
        'import importlib\nprint(importlib.import_module("_dyn").VALUE)\n'
    )
    (page / "reads.py").write_text(
        "from pathlib import Path\nprint(Path(__file__).with_name('data.csv').read_text())\n"
    )
    (page / "imports.py").write_text("from shared import NAME\nprint(NAME)\n")
    assert len(ran(root)) == 4
    (page / "_dyn.py").write_text('VALUE = "v2"\n')
    (page / "data.csv").write_text("v2\n")
    (page / "shared.py").write_text('NAME = "v2"\nprint("shared example")\n')
    assert ran(root) == [f"snippets/deps/{n}.py" for n in ("dynamic", "imports", "reads", "shared")]
    outputs = {rel: r.output for rel, r in bake(root).results.items()}
    assert outputs["snippets/deps/dynamic.py"] == "v2\n"
    assert outputs["snippets/deps/reads.py"] == "v2\n\n"
    assert outputs["snippets/deps/imports.py"] == "shared example\nv2\n"  # imported, it runs


def test_what_runs_is_what_was_hashed(tmp_path):
    """Reliability review 4b: an example edited during a bake once showed code v1 with output v2.
    The parent reads each example once; the child runs those bytes, whatever the file holds now."""
    root = tmp_path / "repo"
    (root / "snippets" / "e").mkdir(parents=True)
    example = root / "snippets" / "e" / "edited.py"
    example.write_text('print("v1")\n')
    code = (
        "from pathlib import Path\n"
        "from snipbake.examples import discover\n"
        "from snipbake.runner import Pool\n"
        "[ex] = discover(Path('.'))\n"
        "Path(ex.path).write_text('print(\"v2\")\\n')  # edited after it was read\n"
        "seen = []\n"
        "Pool(Path('.').resolve(), 'cpu', 'none', lambda e, o: seen.append(o), 1).run([ex])\n"
        "print(seen[0].result.output, end='')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "PYTHONHASHSEED": "0"})  # fmt: skip
    assert proc.stdout == "v1\n", proc.stderr
