"""The engine's behaviour on bad examples: each failure is reported with file, line and reason,
and never hides the other examples' outputs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from snipbake.bake import bake
from snipbake.cache import Store, key
from snipbake.examples import discover

CASES = Path(__file__).parent / "engine_cases"


def make_root(tmp: Path, names: list[str] | None = None) -> Path:
    (tmp / "snippets" / "cases").mkdir(parents=True)
    for f in CASES.glob("*.py"):
        if names is None or f.stem in names or f.name.startswith("_"):
            shutil.copy(f, tmp / "snippets" / "cases" / f.name)
    return tmp


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    root = make_root(tmp_path_factory.mktemp("engine"))
    report = bake(root, jobs=2, check_determinism=True, log=lambda msg: None)
    return root, report


def result(cases, name):
    return cases[1].results[f"snippets/cases/{name}.py"]


def failure(cases, name):
    lines = [f for f in cases[1].failures if f.startswith(f"snippets/cases/{name}.py")]
    assert len(lines) == 1, cases[1].failures
    return lines[0]


def test_every_case_has_a_result(cases):
    root, report = cases
    assert sorted(report.results) == sorted(e.rel for e in discover(root))


def test_stdout_and_stderr_are_captured_in_order(cases):
    r = result(cases, "order")
    assert r["status"] == "ok"
    assert r["output"] == "one\ntwo\nthree (same line)\nfour\n"


def test_exception_reports_file_line_and_message(cases):
    r = result(cases, "raises")
    assert r["status"] == "failed" and r["error"]["line"] == 4
    assert failure(cases, "raises").startswith(
        "snippets/cases/raises.py:4: RuntimeError: view size"
    )
    # the traceback shows the example's own frames, with repository-relative paths
    assert 'File "snippets/cases/raises.py", line 4' in r["output"]
    assert "snipbake" not in r["output"]


def test_hang_is_killed_at_its_timeout_and_says_where(cases):
    r = result(cases, "hang")
    assert r["error"]["kind"] == "timeout" and r["error"]["line"] == 5
    assert "timed out after 1 s" in failure(cases, "hang")
    assert r["wall_seconds"] < 5


def test_timeout_kills_dataloader_workers_too(cases):
    r = result(cases, "hang_workers")
    assert r["error"]["kind"] == "timeout"
    pids = {
        int(line.split()[-1]) for line in r["output"].splitlines() if line.startswith("worker pid")
    }
    assert pids, r["output"]
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1].split()[0]
        except FileNotFoundError:
            continue  # gone
        assert state in ("Z", "X"), f"DataLoader worker {pid} survived the timeout (state {state})"


def test_crash_is_reported_with_signal_and_line(cases):
    r = result(cases, "segv")
    assert r["error"]["kind"] == "signal" and r["error"]["type"] == "SIGSEGV"
    assert r["error"]["line"] == 4
    assert r["output"].startswith("about to crash\n")  # what it printed before dying is kept


def test_huge_output_is_truncated_with_a_note(cases):
    r = result(cases, "huge")
    assert r["status"] == "ok"
    assert r["truncated_bytes"] > 0
    assert len(r["output"].encode()) <= 64 * 1024
    fragment = (cases[0] / ".bake" / "fragments" / "cases" / "huge.md").read_text()
    assert "output truncated" in fragment and f"{r['truncated_bytes']:,} more bytes" in fragment


def test_sys_exit_nonzero_fails_and_zero_passes(cases):
    assert result(cases, "exit0")["status"] == "ok"
    r = result(cases, "exit3")
    assert r["status"] == "failed" and r["error"]["line"] == 4
    assert "sys.exit(3)" in failure(cases, "exit3")
    assert r["output"] == "leaving early\n"


def test_os_exit_is_reported(cases):
    r = result(cases, "os_exit")
    assert "exited with status 4" in r["error"]["message"]
    assert r["output"] == "bye\n"


def test_stdin_is_closed(cases):
    r = result(cases, "stdin")
    assert r["error"]["type"] == "EOFError" and r["error"]["line"] == 1


def test_syntax_error_names_the_line(cases):
    r = result(cases, "syntax")
    assert r["error"]["type"] == "SyntaxError" and r["error"]["line"] == 2
    assert failure(cases, "syntax").startswith("snippets/cases/syntax.py:2: SyntaxError")


def test_writes_stay_in_a_temporary_directory(cases):
    root, _ = cases
    r = result(cases, "writes")
    assert "['scratch.txt']" in r["output"]
    assert r["error"]["type"] == "PermissionError" and r["error"]["line"] == 7
    assert "only write inside their temporary working directory" in r["error"]["message"]
    assert not (root / "snippets" / "cases" / "escaped.txt").exists()
    assert not list(root.rglob("scratch.txt"))


def test_memory_limit_turns_a_huge_allocation_into_an_error(cases):
    r = result(cases, "memory")
    assert r["status"] == "failed" and r["error"]["line"] == 4
    assert "allocate" in r["error"]["message"].lower() or r["error"]["type"] == "MemoryError"


def test_cuda_example_is_skipped_on_cpu_with_a_reason(cases):
    r = result(cases, "needs_cuda")
    assert r["status"] == "skipped" and "needs a CUDA GPU" in r["reason"]


def test_bad_header_names_file_and_line(cases):
    assert failure(cases, "bad_header") == (
        "snippets/cases/bad_header.py:2: bad `# bake:` header: unknown option 'colour=red' "
        "(known: devices=, timeout=, budget=, memory=, varies, alone, notebook)"
    )


def test_figures_are_captured(cases):
    root, _ = cases
    r = result(cases, "figure")
    figs = r["cells"][0]["figures"]
    assert [f["alt"] for f in figs] == ["three points"]
    svg = root / ".bake" / "results" / "cpu" / "cases" / "figure" / figs[0]["file"]
    assert svg.read_text().startswith("<?xml")
    fragment = (root / ".bake" / "fragments" / "cases" / "figure.md").read_text()
    assert "![three points](/_snippets/cpu/cases/figure/fig-1.svg)" in fragment


def test_nondeterministic_output_fails_unless_marked_varies(cases):
    assert "output differs between two runs" in failure(cases, "random_bytes")
    assert result(cases, "varies")["status"] == "ok"


def test_the_engine_seeds_nothing_so_unseeded_randomness_is_caught(cases):
    """A downloaded example prints what the page shows only if it seeds itself."""
    line = failure(cases, "unseeded")
    assert "output differs between two runs" in line and "torch.manual_seed(0)" in line
    assert result(cases, "seeded")["status"] == "ok"


def test_notebook_cells_are_captured_separately(cases):
    r = result(cases, "cells")
    assert [c["kind"] for c in r["cells"]] == ["markdown", "code", "code"]
    assert r["cells"][0]["source"].startswith("# A notebook")
    assert r["cells"][1]["output"] == "first cell\n"
    assert r["cells"][2]["output"] == "x * 2 = 42\n" and len(r["cells"][2]["figures"]) == 1


def test_a_failure_never_hides_other_outputs(cases):
    _, report = cases
    ok = [rel for rel, r in report.results.items() if r["status"] == "ok"]
    assert len(ok) >= 8  # the good cases all ran and kept their output beside the failures


def test_cache_skips_unchanged_and_reruns_changed(tmp_path):
    root = make_root(tmp_path, ["order", "uses_helper"])
    first = bake(root, jobs=1, log=lambda m: None)
    assert sorted(first.ran) == ["snippets/cases/order.py", "snippets/cases/uses_helper.py"]
    assert bake(root, log=lambda m: None).ran == []  # nothing changed: nothing runs
    helper = root / "snippets" / "cases" / "_helper.py"
    helper.write_text('GREETING = "changed"\n')
    again = bake(root, log=lambda m: None)
    assert again.ran == ["snippets/cases/uses_helper.py"]  # only the importer of the helper
    assert again.results["snippets/cases/uses_helper.py"]["output"] == "changed\n"


def test_cache_key_covers_device_and_helpers(tmp_path):
    root = make_root(tmp_path, ["uses_helper"])
    ex = discover(root)[0]
    assert key(ex, "cpu") != key(ex, "cuda")
    before = key(ex, "cpu")
    (root / "snippets" / "cases" / "_helper.py").write_text("GREETING = 'x'\n")
    assert key(ex, "cpu") != before
    assert Store(root / ".bake").hit(ex, "cpu", before) is None


def test_deleted_example_loses_its_fragment(tmp_path):
    root = make_root(tmp_path, ["order", "exit0"])
    bake(root, log=lambda m: None)
    frag = root / ".bake" / "fragments" / "cases" / "exit0.md"
    assert frag.exists()
    os.remove(root / "snippets" / "cases" / "exit0.py")
    bake(root, log=lambda m: None)
    assert not frag.exists()  # so a page that still embeds it fails the strict build


def test_baking_a_selection_keeps_the_other_fragments(tmp_path):
    root = make_root(tmp_path, ["order", "exit0"])
    bake(root, log=lambda m: None)
    report = bake(root, only=["cases/order"], force=True, log=lambda m: None)
    assert [e.rel for e in report.examples] == ["snippets/cases/order.py"]
    fragment = (root / ".bake" / "fragments" / "cases" / "exit0.md").read_text()
    assert 'title="Output · CPU · torch 2.13.0"\ndone\n```' in fragment  # still shows its output


def test_shards_partition_the_examples_balanced_by_duration(tmp_path):
    from snipbake.bake import shard_of

    root = make_root(tmp_path)
    examples = discover(root)
    durations = {e.rel: 1.0 for e in examples} | {"snippets/cases/hang.py": 10.0}
    shards = [shard_of(examples, k, 3, durations) for k in (1, 2, 3)]
    names = sorted(e.rel for s in shards for e in s)
    assert names == sorted(e.rel for e in examples)  # each example in exactly one shard
    loads = [sum(durations[e.rel] for e in s) for s in shards]
    assert max(loads) == 10.0  # the long example sits alone...
    assert sorted(len(s) for s in shards)[0] == 1  # ...in a shard of its own
    assert max(loads[1:]) - min(loads[1:]) <= 1.0  # the others split evenly
    with pytest.raises(ValueError, match="shard 4/3"):
        shard_of(examples, 4, 3, durations)


def test_a_path_selects_exactly_that_example(tmp_path):
    from snipbake.bake import select

    root = make_root(tmp_path, ["exit0", "exit3", "order"])
    examples = discover(root)
    assert [e.name for e in select(examples, ["snippets/cases/exit0.py"])] == ["exit0"]
    assert [e.name for e in select(examples, ["cases/exit"])] == ["exit0", "exit3"]
    assert select(examples, None) == examples


def test_figure_alt_text_keeps_brackets(tmp_path):
    from snipbake.render import figures_md

    ex = discover(make_root(tmp_path, ["figure"]))[0]
    md = figures_md(ex, "cpu", [{"file": "fig-1.svg", "alt": "rand is flat on [0, 1)"}], "CPU")
    assert md.startswith(r"![rand is flat on \[0, 1)](/_snippets/cpu/cases/figure/fig-1.svg)")


def test_tabs_in_output_are_expanded_as_a_terminal_would(tmp_path):
    root = tmp_path
    (root / "snippets" / "t").mkdir(parents=True)
    (root / "snippets" / "t" / "tabs.py").write_text('print("a\\tb")\n')
    r = bake(root, log=lambda m: None).results["snippets/t/tabs.py"]
    assert r["output"] == "a       b\n"
