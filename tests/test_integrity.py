"""Site integrity: orphans, embeds, nav, CUDA recordings. The first test checks this repository;
the others prove each check fails on a broken tree with a message that names the file."""

from __future__ import annotations

import textwrap
from pathlib import Path

from snipbake import integrity, recordings
from snipbake.examples import discover
from snipbake.layout import Layout
from snipbake.model import Result
from tests.conftest import ROOT


def test_repository_is_consistent():
    problems = integrity.all_problems(ROOT)
    assert not problems, "\n".join(problems)


def tiny_repo(tmp: Path, *, nav=("index.md", "p/a.md"), pages=None, examples=None) -> Path:
    pages = (
        pages
        if pages is not None
        else {"index.md": "# Home\n", "p/a.md": '# A\n\n--8<-- "ch/one.md"\n'}
    )
    examples = examples if examples is not None else {"ch/one.py": "print(1)\n"}
    nav_yaml = "\n".join(f"  - {p}" for p in nav)
    (tmp / "mkdocs.yml").write_text(
        f"site_name: t\nedit_uri: !ENV [X, 'e']\nnav:\n{nav_yaml}\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
    )
    for rel, text in pages.items():
        (tmp / "docs" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp / "docs" / rel).write_text(text)
    for rel, text in examples.items():
        (tmp / "snippets" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp / "snippets" / rel).write_text(text)
    return tmp


def test_a_clean_tiny_repo_has_no_problems(tmp_path):
    assert integrity.all_problems(tiny_repo(tmp_path)) == []


def test_orphan_example_is_named(tmp_path):
    root = tiny_repo(tmp_path, examples={"ch/one.py": "print(1)\n", "ch/two.py": "print(2)\n"})
    assert integrity.all_problems(root) == [
        'snippets/ch/two.py: orphan example, no page embeds it: add the line --8<-- "ch/two.md" '
        "to the page that teaches it, or delete the file"
    ]


def test_page_missing_from_nav_is_named(tmp_path):
    root = tiny_repo(tmp_path, nav=("index.md",))
    [problem] = integrity.all_problems(root)
    assert problem.startswith(
        "docs/p/a.md: page missing from the nav: add it under `nav:` in mkdocs.yml"
    )


def test_nav_entry_without_a_page_is_named(tmp_path):
    root = tiny_repo(tmp_path, nav=("index.md", "p/a.md", "gone.md"))
    assert integrity.all_problems(root) == [
        "mkdocs.yml: the nav lists 'gone.md', but docs/gone.md does not exist"
    ]


def test_embed_of_a_missing_example_names_page_and_line(tmp_path):
    root = tiny_repo(
        tmp_path,
        pages={
            "index.md": "# Home\n",
            "p/a.md": '# A\n\n--8<-- "ch/one.md"\n\n    --8<-- "ch/typo.md"\n',
        },
    )
    assert integrity.all_problems(root) == [
        "docs/p/a.md:5: embeds 'ch/typo.md', but there is no example snippets/ch/typo.py: "
        "fix the name or add the example"
    ]


def cuda_repo(tmp_path) -> Path:
    return tiny_repo(tmp_path, examples={"ch/one.py": "# bake: devices=cpu,cuda\nprint(1)\n"})


def test_cuda_example_without_recording_must_be_pending(tmp_path):
    root = cuda_repo(tmp_path)
    [problem] = integrity.all_problems(root)
    assert problem.startswith("snippets/ch/one.py: CUDA example with no recorded output")
    (root / "snippets" / "cuda-pending.txt").write_text("snippets/ch/one.py  no GPU when written\n")
    assert integrity.all_problems(root) == []


def test_stale_cuda_recording_is_named(tmp_path):
    root = cuda_repo(tmp_path)
    [ex] = discover(root)
    recordings.save(Layout(root), ex, Result(ex.rel, "cuda", "ok"))
    assert integrity.all_problems(root) == []
    ex.path.write_text(
        "# bake: devices=cpu,cuda\nprint(2)\n"
    )  # the example changes after recording
    [problem] = integrity.all_problems(root)
    assert problem == (
        "snippets/ch/one.py: its CUDA recording snippets/ch/one.cuda.json is older "
        "than the example (the code changed since): re-record with "
        "`make bake DEVICE=cuda` on a GPU machine"
    )


def test_error_demonstration_must_fail_when_no_error_is_raised(tmp_path):
    silent = "try:\n    int('x')\nexcept ValueError as e:\n    print(e)\n"
    loud = silent + "else:\n    raise AssertionError('int(\\'x\\') should have raised')\n"
    flow = "def alive(pid):\n    try:\n        return pid > 0\n    except TypeError:\n        return False\n"
    root = tiny_repo(
        tmp_path,
        pages={
            "index.md": "# Home\n",
            "p/a.md": "# A\n\n"
            + "".join(f'--8<-- "ch/{n}.md"\n' for n in ("silent", "loud", "flow")),
        },
        examples={
            "ch/silent.py": silent,
            "ch/loud.py": loud,
            "ch/flow.py": flow + "print(alive(1))\n",
        },
    )
    assert integrity.all_problems(root) == [
        "snippets/ch/silent.py:1: this `try` shows an error but passes silently if the error "
        'stops happening: add `else: raise AssertionError("... should have raised '
        'ValueError")` after the `except`'
    ]


def test_the_site_keeps_every_error_demonstration_loud():
    """The rule above, for the whole site."""
    problems = integrity.check_error_demos(discover(ROOT))
    assert not problems, "\n".join(problems)


def test_pending_entry_must_be_a_cuda_example(tmp_path):
    root = tiny_repo(tmp_path)
    (root / "snippets" / "cuda-pending.txt").write_text(
        textwrap.dedent("""\
            # examples waiting for a GPU recording
            snippets/ch/one.py  not a cuda example at all
        """)
    )
    assert integrity.all_problems(root) == [
        "snippets/cuda-pending.txt:2: snippets/ch/one.py is not a CUDA example "
        "(no `# bake: devices=...cuda` header, or no such file)"
    ]
