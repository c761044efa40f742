"""MkDocs hooks: bake before each build, then add what the bake published (its manifest).

The bake runs as a subprocess (its fork server must not live inside `mkdocs serve`, which has
threads), with a timeout, and prints what it found; with the cache a build where nothing changed
costs a fraction of a second, so `mkdocs serve` re-bakes on every change under snippets/.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from mkdocs.structure.files import File, Files

from snipbake.layout import BUILD, Layout, link_from_page
from snipbake.publish import load_manifest
from snipbake.render import after_title, page_notebook_link

log = logging.getLogger("mkdocs.plugins.snipbake")
BAKE_TIMEOUT = 1800  # longer than every example's own timeout together on a slow machine


def _layout(config) -> Layout:
    return Layout(Path(config.config_file_path).resolve().parent)


def on_config(config):
    # Fragments are found from the repository root whatever the working directory (`mkdocs -f`).
    config.mdx_configs.setdefault("pymdownx.snippets", {})["base_path"] = [
        str(_layout(config).root / BUILD / "fragments")
    ]
    return config


def on_pre_build(config) -> None:
    cmd = [sys.executable, "-m", "snipbake", "bake", "--warnings"]
    try:
        proc = subprocess.run(cmd, cwd=_layout(config).root, timeout=BAKE_TIMEOUT, check=False,
                              capture_output=True, text=True)  # fmt: skip
    except subprocess.TimeoutExpired:
        log.error("snipbake: the bake took over %s s and was stopped", BAKE_TIMEOUT)
        return
    sys.stderr.write(proc.stderr)
    # One warning per problem, so `mkdocs build --strict` fails and `mkdocs serve` keeps going.
    for line in proc.stdout.splitlines():
        log.warning("snipbake: %s", line)


def on_files(files: Files, config) -> Files:
    layout = _layout(config)
    for uri in load_manifest(layout)["files"]:
        if uri.endswith(".ipynb") and uri.startswith("notebooks/"):
            # A page for mkdocs-jupyter: a plain File with a real src_dir (its wrapper recomputes
            # abs_src_path from src_dir, which a generated file lacks).
            files.append(File(uri, src_dir=str(layout.site), dest_dir=config.site_dir,
                              use_directory_urls=config.use_directory_urls))  # fmt: skip
        else:
            files.append(File.generated(config, uri, abs_src_path=str(layout.site / uri)))
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Under the page title: a download of all the page's examples as one notebook."""
    uri = load_manifest(_layout(config))["page_notebooks"].get(page.file.src_uri)
    return after_title(markdown, page_notebook_link(link_from_page(uri))) if uri else markdown


def on_post_page(output: str, page, config) -> str:
    """nbconvert's template loads MathJax and Mermaid from a CDN (unused here): this site makes no
    request outside its origin."""
    if page.file.src_uri.endswith(".ipynb"):
        output = CDN_SCRIPT.sub("", output).replace('<script src=""> </script>', "")
    return output


import re  # noqa: E402

CDN_SCRIPT = re.compile(
    r"<script\b[^>]*>(?:(?!</script>).)*?https://cdnjs\.(?:(?!</script>).)*</script>", re.S
)
