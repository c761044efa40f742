"""MkDocs hooks: bake before each build, and publish what the bake made as site files.

The bake runs in a subprocess: its fork server must not live inside `mkdocs serve`, which has
threads. With the content-hash cache a build where nothing changed costs a fraction of a second,
so `mkdocs serve` re-bakes on every change to snippets/ (watched in mkdocs.yml) and the page
reloads with the new output.

Site files added here (none is written into docs/):
  _snippets/<chapter>/<name>.py               each example, downloadable
  _snippets/cpu/<chapter>/<name>/<fig>.svg    figures
  _snippets/notebooks/<page>.ipynb            each page's examples as one notebook (download)
  notebooks/<name>.ipynb                      a `notebook` example, rendered as a page by mkdocs-jupyter
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from snipbake import notebook
from snipbake.bake import BUILD
from snipbake.cache import Store, local_imports, write_if_changed
from snipbake.examples import discover
from snipbake.integrity import fragment_name
from snipbake.render import SITE_DIR, download_url, figure_url, notebook_page

log = logging.getLogger("mkdocs.plugins.snipbake")
_page_notebooks: dict[str, str] = {}  # page src_uri -> site path of its notebook download


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_config(config):
    # Fragments are found from the repository root whatever the working directory (`mkdocs -f`).
    snippets = config.mdx_configs.setdefault("pymdownx.snippets", {})
    snippets["base_path"] = [str(_root(config) / BUILD / "fragments")]
    return config


def on_pre_build(config) -> None:
    root = _root(config)
    # One report file per build: two builds of one checkout at once must not share it.
    report_path = root / BUILD / f"report-{os.getpid()}.json"
    report_path.unlink(missing_ok=True)
    proc = subprocess.run(
        [sys.executable, "-m", "snipbake", "bake", "--report", str(report_path)],
        cwd=root,
        check=False,
    )
    try:
        report = json.loads(report_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.error(
            "snipbake: the bake did not finish (exit status %s); see its output above",
            proc.returncode,
        )
        return
    for failure in report["failures"]:
        # A warning, so `mkdocs build --strict` fails while `mkdocs serve` shows the page with it.
        log.warning("snipbake: example failed: %s", failure)


def _page_title(markdown: str, fallback: str) -> str:
    m = re.search(r"^# (.+)$", markdown, re.M)
    return m.group(1).strip() if m else fallback


@event_priority(50)  # before mkdocs-jupyter's on_files, so notebook examples become pages
def on_files(files: Files, config) -> Files:
    root = _root(config)
    build = root / BUILD
    store = Store(build)
    examples = discover(root)
    results = {ex.rel: store.load(ex, "cpu") or {} for ex in examples}
    published: set[str] = set()
    for ex in examples:
        # Each example is downloadable from the site itself (works offline), with its helpers.
        for path in [ex.path, *local_imports(ex.path)]:
            uri = download_url(ex, path.name).lstrip("/")
            if uri not in published:
                published.add(uri)
                files.append(File.generated(config, uri, abs_src_path=str(path)))
        for cell in results[ex.rel].get("cells", []):
            for fig in cell.get("figures", []):
                src = store.figure_dir(ex, "cpu") / fig["file"]
                if src.is_file():
                    uri = figure_url(ex, "cpu", fig["file"]).lstrip("/")
                    files.append(File.generated(config, uri, abs_src_path=str(src)))
        if ex.notebook and results[ex.rel]:
            uri = notebook_page(ex)
            src_dir = build / "notebook-pages"
            write_if_changed(
                src_dir / uri,
                notebook.example_notebook(results[ex.rel], store.figure_dir(ex, "cpu")),
            )
            # A plain File with a real src_dir (not File.generated): mkdocs-jupyter's wrapper
            # recomputes abs_src_path from src_dir and would lose a generated file's path.
            files.append(
                File(
                    uri,
                    src_dir=str(src_dir),
                    dest_dir=config.site_dir,
                    use_directory_urls=config.use_directory_urls,
                )
            )

    by_fragment = {fragment_name(ex): ex for ex in examples}
    _page_notebooks.clear()
    for page in [f for f in files.documentation_pages() if f.src_uri.endswith(".md")]:
        text = Path(page.abs_src_path).read_text(encoding="utf-8")
        nb = notebook.page_notebook(
            text,
            _page_title(text, page.name),
            by_fragment,
            results,
            lambda ex: store.figure_dir(ex, "cpu"),
        )
        if nb is None:
            continue
        slug = page.src_uri.removesuffix(".md").replace("/", "-")
        # "page-notebooks/" is in mkdocs-jupyter's `ignore`: these are downloads, not pages.
        target = build / "page-notebooks" / f"{slug}.ipynb"
        write_if_changed(target, nb)
        uri = f"{SITE_DIR}/notebooks/{slug}.ipynb"
        files.append(File.generated(config, uri, abs_src_path=str(target)))
        _page_notebooks[page.src_uri] = uri
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Under the page title: a download of all the page's examples as one notebook."""
    uri = _page_notebooks.get(page.file.src_uri)
    if not uri:
        return markdown
    link = (
        f'<p class="snip-notebook" markdown>[:material-notebook-outline: Download this page\'s '
        f'examples as a notebook](/{uri}){{ download="{Path(uri).name}" }}</p>\n'
    )
    lines = markdown.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("# "):
            lines.insert(i + 1, "\n" + link)
            return "".join(lines)
    return link + "\n" + markdown


def on_page_context(context, page, config, nav):
    """A notebook page's edit/view links point at the example it is baked from."""
    if page.file.src_uri.startswith("notebooks/") and page.edit_url and "/docs/" in page.edit_url:
        name = Path(page.file.src_uri).stem
        for ex in discover(_root(config)):
            if ex.notebook and ex.name == name:
                page.edit_url = page.edit_url.rsplit("/docs/", 1)[0] + "/" + ex.rel
    return context


_CDN_SCRIPT = re.compile(
    r"<script\b[^>]*>(?:(?!</script>).)*?https://cdnjs\.(?:(?!</script>).)*</script>", re.S
)


def on_post_page(output: str, page, config) -> str:
    """nbconvert's template carries loaders for MathJax and Mermaid from a CDN (unused by these
    notebooks). This site makes no request outside its origin: drop them."""
    if page.file.src_uri.endswith(".ipynb"):
        output = _CDN_SCRIPT.sub("", output).replace('<script src=""> </script>', "")
    return output
