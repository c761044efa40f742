"""MkDocs hooks: bake before each build, and publish what the bake made as site files.

The bake runs in a subprocess: its fork server must not live inside `mkdocs serve`, which has
threads. With the content-hash cache a build where nothing changed costs a fraction of a second,
so `mkdocs serve` re-bakes on every change to snippets/ (watched in mkdocs.yml) and the page
reloads with the new output.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from snipbake.bake import BUILD
from snipbake.cache import Store
from snipbake.examples import discover
from snipbake.render import SITE_DIR

log = logging.getLogger("mkdocs.plugins.snipbake")


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_pre_build(config) -> None:
    root = _root(config)
    proc = subprocess.run(
        [sys.executable, "-m", "snipbake", "bake", "--report", ".bake/report.json"],
        cwd=root,
        check=False,
    )
    try:
        report = json.loads((root / ".bake" / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.error(
            "snipbake: the bake did not finish (exit status %s); see its output above",
            proc.returncode,
        )
        return
    for failure in report["failures"]:
        # A warning, so `mkdocs build --strict` fails while `mkdocs serve` shows the page with it.
        log.warning("snipbake: example failed: %s", failure)


@event_priority(50)  # before mkdocs-jupyter's on_files, so generated notebooks become pages
def on_files(files: Files, config) -> Files:
    root = _root(config)
    store = Store(root / BUILD)
    for ex in discover(root):
        # Each example is downloadable from the site itself (works offline).
        files.append(
            File.generated(
                config, f"{SITE_DIR}/{ex.chapter}/{ex.name}.py", abs_src_path=str(ex.path)
            )
        )
        result = store.load(ex, "cpu") or {}
        for cell in result.get("cells", []):
            for fig in cell.get("figures", []):
                src = store.figure_dir(ex, "cpu") / fig["file"]
                if src.is_file():
                    files.append(
                        File.generated(
                            config,
                            f"{SITE_DIR}/cpu/{ex.chapter}/{ex.name}/{fig['file']}",
                            abs_src_path=str(src),
                        )
                    )
    return files
