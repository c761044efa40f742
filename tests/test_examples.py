"""Every example under snippets/ runs through the engine, its asserts hold, it gives the same
output twice, and it stays within its CPU budget."""

from __future__ import annotations

import os

import pytest

from snipbake.examples import discover
from snipbake.integrity import budget_problem
from tests.conftest import ROOT

EXAMPLES = discover(ROOT)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.rel for e in EXAMPLES])
def test_example(example, baked):
    result = baked.results[example.rel]
    if result.status == "skipped":
        pytest.skip(f"{example.rel}: {result.reason}")
    if not result.ok:
        tail = "\n".join(result.output.splitlines()[-25:])
        pytest.fail(f"{result.failure_line()}\n--- output (last lines) ---\n{tail}", pytrace=False)
    assert result.checked or example.varies, f"{example.rel}: not checked for determinism"
    problem = budget_problem(example, result)
    assert not problem, problem


CUDA_EXAMPLES = [e for e in EXAMPLES if e.records_cuda]


@pytest.mark.skipif(
    (os.environ.get("DEVICE") or "cpu") != "cuda",
    reason="CPU run: CUDA outputs come from recordings (test_integrity checks them); "
    "the GPU job runs these with DEVICE=cuda",
)
@pytest.mark.parametrize("example", CUDA_EXAMPLES, ids=[e.rel for e in CUDA_EXAMPLES])
def test_cuda_example_on_a_gpu(example, baked):
    """On the GPU runner (DEVICE=cuda) every CUDA example runs there and is recorded."""
    result = baked.cuda_results.get(example.rel)
    assert result is not None, f"{example.rel}: not run on CUDA"
    assert result.ok, result.failure_line()
