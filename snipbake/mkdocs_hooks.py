"""MkDocs hooks: bake before each build, in a warm engine process (serve.py) that lives as long as
MkDocs (a fork server must not live in `mkdocs serve`, which has threads; torch is imported once),
add what the bake published (its manifest), and fit the notebook page to the site."""

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
# In nbconvert's HTML: its JupyterLab stylesheets (575 KB; extra.css styles the cells), and
# MathJax and Mermaid loaded from a CDN (unused; this site makes no request outside its origin).
NB_DROP = re.compile(r"<style\b.*?</style>|<script\b[^>]*>(?:(?!</script>).)*?https://cdnjs\..*?</script>|<script src=\"\"> </script>", re.S)  # fmt: skip
NB_HEADING = re.compile(r'<h[1-6] id="([^"]+)">(.*?)<a class="anchor-link"', re.S)
state: dict = {}


def on_config(config):
    state["layout"] = layout = Layout(Path(config.config_file_path).resolve().parent)
    state.setdefault("engine", Engine(layout.root))
    # Fragments are found from the repository root whatever the working directory (`mkdocs -f`).
    config.mdx_configs.setdefault("pymdownx.snippets", {})["base_path"] = [str(layout.fragments)]


def on_pre_build(config) -> None:
    try:
        answer = state["engine"].bake(BAKE_TIMEOUT)
    except TimeoutError as e:
        return log.error("snipbake: %s", e)
    # One warning per problem, so `mkdocs build --strict` fails and `mkdocs serve` keeps going.
    for line in answer["problems"]:
        log.warning("snipbake: %s", line)


@event_priority(50)  # before mkdocs-jupyter's on_files, so the notebook example becomes a page
def on_files(files: Files, config) -> Files:
    layout = state["layout"]
    state["manifest"] = manifest = load_manifest(layout)
    for uri in manifest["files"]:
        if uri.endswith(".ipynb") and uri.startswith("notebooks/"):  # a page: needs a src_dir
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


def _flat(items) -> list:
    return [x for item in items for x in (item, *_flat(item.children))]


def on_page_content(html: str, page, config, files) -> str:
    """The notebook page: no JupyterLab stylesheet or CDN scripts; Material's permalinks instead of
    nbconvert's (no "¶" in search titles); TOC entries that link to its headings' real ids."""
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    for item, (hid, title) in zip(_flat(page.toc.items), NB_HEADING.findall(html), strict=False):
        item.id, item.title = hid, re.sub(r"<[^>]+>|¶", "", title).strip()
    return NB_DROP.sub("", html).replace('class="anchor-link"', 'class="headerlink"')


def on_shutdown() -> None:
    if "engine" in state:
        state.pop("engine").stop()
