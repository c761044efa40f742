"""The edit loop under `make serve`: a warm engine that stays alive between rebuilds, and a
rebuild of only the pages whose examples changed.

Without it every rebuild started a bake process (importing torch again: 2-4 s) and rebuilt all
pages (3-4 s). With it, saving an example costs the example's own run plus one page.

  python -m snipbake engine     reads one JSON request per line on stdin, answers one per line
                                on stdout; torch, numpy and matplotlib stay imported
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path

from .layout import Layout
from .store import engine_hash


def engine_main(root: Path) -> int:
    """The engine process: bake on request, as `python -m snipbake bake --warnings` would."""
    from . import runner
    from .bake import bake
    from .integrity import after_bake

    runner.preload()
    for line in sys.stdin:
        request = json.loads(line)
        report = bake(root, only=request.get("only") or None)
        answer = {"problems": after_bake(root, report), "summary": report.summary()}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
    return 0


class Engine:
    """The client side, in the MkDocs process: start the engine once, restart it when the
    engine's own code changed (a module is never reloaded in place)."""

    def __init__(self, root: Path):
        self.root = root
        self.proc: subprocess.Popen | None = None
        self.code = ""

    def bake(self, timeout: float) -> dict:
        code = engine_hash.__wrapped__()  # read afresh: the engine's source may have changed
        if self.proc is None or self.proc.poll() is not None or code != self.code:
            self.stop()
            cmd = [sys.executable, "-m", "snipbake", "engine"]
            self.proc = subprocess.Popen(cmd, cwd=self.root, stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, text=True)  # fmt: skip
            self.code = code
        assert self.proc.stdin and self.proc.stdout  # both are pipes (above)
        self.proc.stdin.write("{}\n")
        self.proc.stdin.flush()
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        line = self.proc.stdout.readline() if ready else ""
        if not line:
            self.stop()
            raise TimeoutError(f"the bake took over {timeout:g} s, or the engine died")
        return json.loads(line)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


def mark_changed_pages(files, layout: Layout, embeds: dict[str, list[str]]) -> None:
    """For `mkdocs serve --dirty`: a page is rebuilt when one of its examples' fragments is newer
    than the page's built HTML, not only when its own Markdown changed."""
    for page in files.documentation_pages():
        dest = page.abs_dest_path
        if not os.path.isfile(dest):
            continue
        built = os.path.getmtime(dest)
        for fragment in embeds.get(page.src_uri, ()):
            try:
                newer = os.path.getmtime(layout.fragments / fragment) > built
            except OSError:
                newer = True
            if newer:
                page.is_modified = lambda: True
                break
