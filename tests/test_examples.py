"""Every example under snippets/ runs through the engine, its asserts hold, and it stays quick."""

from __future__ import annotations

import os

import pytest

from snipbake.examples import discover
from tests.conftest import ROOT

EXAMPLES = discover(ROOT)


def test_there_are_examples():
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.rel for e in EXAMPLES])
def test_example(example, baked):
    result = baked.results[example.rel]
    if result["status"] == "skipped":
        pytest.skip(f"{example.rel}: {result['reason']}")
    if result["status"] != "ok":
        err = result.get("error", {})
        where = f"{example.rel}:{err['line']}" if err.get("line") else example.rel
        tail = "\n".join(result.get("output", "").splitlines()[-25:])
        pytest.fail(
            f"{where}: {err.get('message')}\n--- output (last lines) ---\n{tail}", pytrace=False
        )
    # CPU time is the budget: wall time on a loaded machine says little about the example.
    # Wall time gets a wide margin, for examples that wait (sleeping loaders, subprocesses).
    cpu = result.get("cpu_seconds", result["seconds"])
    assert cpu <= example.budget and result["seconds"] <= 4 * example.budget, (
        f"{example.rel}: ran {cpu:.1f} s of CPU ({result['seconds']:.1f} s wall), over its "
        f"{example.budget:g} s budget (4x that for wall time): "
        "make it smaller, or raise it with `# bake: budget=SECONDS` and say why in the page"
    )


CUDA_EXAMPLES = [e for e in EXAMPLES if e.records_cuda]


@pytest.mark.parametrize("example", CUDA_EXAMPLES, ids=[e.rel for e in CUDA_EXAMPLES])
def test_cuda_example_on_a_gpu(example, baked):
    """On the GPU runner (DEVICE=cuda) every CUDA example runs there and is recorded."""
    if (os.environ.get("DEVICE") or "cpu") != "cuda":
        pytest.skip(
            f"{example.rel}: CPU run; its CUDA output comes from its recording "
            "(checked by test_integrity), and the GPU job runs it with DEVICE=cuda"
        )
    result = baked.cuda_results.get(example.rel)
    assert result is not None, f"{example.rel}: not run on CUDA"
    assert result["status"] == "ok", f"{example.rel}: {result.get('error', {}).get('message')}"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.rel for e in EXAMPLES])
def test_example_lines_fit_the_code_column(example):
    """The page's code column shows 79 characters; longer lines scroll sideways."""
    long = [
        f"{example.rel}:{n}: {len(line)} characters (keep lines to 79: wrap, or shorten names)"
        for n, line in enumerate(example.path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > 79
    ]
    assert not long, "\n".join(long)
