"""MkDocs hooks: bake before each build, then add what the bake published (its manifest).

The bake runs in a warm engine process (serve.py) that lives as long as MkDocs (a fork server
must not live in `mkdocs serve`, which has threads; torch is imported once, not on every rebuild).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from snipbake.layout import Layout, link_from_page
from snipbake.publish import load_manifest
from snipbake.render import after_title, page_notebook_link
from snipbake.serve import Engine, mark_changed_pages

log = logging.getLogger("mkdocs.plugins.snipbake")
BAKE_TIMEOUT = 1800  # longer than every example's own timeout together on a slow machine
CDN_SCRIPT = re.compile(r"<script\b[^>]*>(?:(?!</script>).)*?https://cdnjs\..*?</script>", re.S)
state: dict = {}


def on_config(config):
    state["layout"] = layout = Layout(Path(config.config_file_path).resolve().parent)
    state.setdefault("engine", Engine(layout.root))
    # Fragments are found from the repository root whatever the working directory (`mkdocs -f`).
    config.mdx_configs.setdefault("pymdownx.snippets", {})["base_path"] = [str(layout.fragments)]
    return config


def on_pre_build(config) -> None:
    try:
        answer = state["engine"].bake(BAKE_TIMEOUT)
    except TimeoutError as e:
        log.error("snipbake: %s", e)
        return
    # One warning per problem, so `mkdocs build --strict` fails and `mkdocs serve` keeps going.
    for line in answer["problems"]:
        log.warning("snipbake: %s", line)


@event_priority(50)  # before mkdocs-jupyter's on_files, so the notebook example becomes a page
def on_files(files: Files, config) -> Files:
    layout = state["layout"]
    state["manifest"] = manifest = load_manifest(layout)
    for uri in manifest["files"]:
        if uri.endswith(".ipynb") and uri.startswith("notebooks/"):
            # A page for mkdocs-jupyter: a plain File with a real src_dir (its wrapper recomputes
            # abs_src_path from src_dir, which a generated file lacks).
            files.append(File(uri, src_dir=str(layout.site), dest_dir=config.site_dir,
                              use_directory_urls=config.use_directory_urls))  # fmt: skip
        else:
            files.append(File.generated(config, uri, abs_src_path=str(layout.site / uri)))
    mark_changed_pages(files, layout, manifest["embeds"])
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Under the page title: a download of all the page's examples as one notebook."""
    uri = state["manifest"]["page_notebooks"].get(page.file.src_uri)
    return after_title(markdown, page_notebook_link(link_from_page(uri))) if uri else markdown


def on_post_page(output: str, page, config) -> str:
    """nbconvert's template loads MathJax and Mermaid from a CDN (unused here): this site makes no
    request outside its origin."""
    if page.file.src_uri.endswith(".ipynb"):
        output = CDN_SCRIPT.sub("", output).replace('<script src=""> </script>', "")
    return output


def on_shutdown() -> None:
    if "engine" in state:
        state.pop("engine").stop()
