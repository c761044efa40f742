"""Where everything lives: the build folder, stored results, fragments, published site files, and the
URLs a page uses for them. Every other module asks here; nothing else spells a path.

Build folder (.bake/, git-ignored, never written by an example):
  results/<device>/<page>/<name>.json         the latest Result of each example
  results/<device>/<page>/<name>/<fig>.svg    its figures, checked and copied in by the runner
  fragments/<page>/<name>.md                  what `--8<-- "<page>/<name>.md"` pulls into a page
  site/                                       files the site publishes, in their site paths:
    _snippets/<page>/<name>.py                  the example (and its helpers), to download
    _snippets/<device>/<page>/<name>/<fig>.svg  figures
    _snippets/notebooks/<part>-<page>.ipynb     each page's examples as one notebook
    notebooks/<name>.ipynb, notebooks/<name>.md a `notebook` example as a page
  manifest.json                               the list of those site files (any generator adds them)
"""

from __future__ import annotations

import re
from pathlib import Path

BUILD = ".bake"
SNIPPETS = "snippets"
DOCS = "docs"
SITE_DIR = "_snippets"  # under the site root: downloads, figures, page notebooks
PENDING = Path(SNIPPETS) / "cuda-pending.txt"
# A page embeds an example with this line (pymdownx.snippets).
EMBED = re.compile(r"""^\s*-+8<-+\s+["']([^"']+)["']""")
# Page folders and example names: what a URL, an id and every file system can hold as is
# (case-only differences are refused separately: macOS and Windows would merge them).
PAGE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


class Layout:
    """Paths under one repository root."""

    def __init__(self, root: Path, build: Path | None = None):
        self.root = root
        self.build = build or root / BUILD  # another build folder: `make bench`, diff-outputs
        self.snippets = root / SNIPPETS
        self.docs = root / DOCS

    def results(self, device: str) -> Path:
        return self.build / "results" / device

    def result_path(self, page: str, name: str, device: str) -> Path:
        return self.results(device) / page / f"{name}.json"

    def figure_dir(self, page: str, name: str, device: str) -> Path:
        return self.results(device) / page / name

    @property
    def fragments(self) -> Path:
        return self.build / "fragments"

    def fragment_path(self, page: str, name: str) -> Path:
        return self.fragments / fragment_name(page, name)

    @property
    def site(self) -> Path:
        return self.build / "site"

    @property
    def manifest(self) -> Path:
        return self.build / "manifest.json"

    @property
    def lock(self) -> Path:
        return self.build / "lock"

    @property
    def scratch(self) -> Path:
        """Second runs of the determinism check keep their figures here, apart from the store."""
        return self.build / "scratch"

    @property
    def pending(self) -> Path:
        return self.root / PENDING

    def recording_path(self, page: str, name: str) -> Path:
        return self.snippets / page / f"{name}.cuda.json"


def fragment_name(page: str, name: str) -> str:
    return f"{page}/{name}.md"


def embed_line(page: str, name: str) -> str:
    return f'--8<-- "{fragment_name(page, name)}"'


# Site paths (from the site root) and the links a page uses. Pages that embed examples sit one
# folder deep (docs/<part>/<page>.md, notebooks/<name>), so links are relative: `../_snippets/...`
# works under any sub-path, from disk, and in any generator (none has to rewrite them).
def download_path(page: str, file: str) -> str:
    return f"{SITE_DIR}/{page}/{file}"


def figure_path(page: str, name: str, device: str, file: str) -> str:
    return f"{SITE_DIR}/{device}/{page}/{name}/{file}"


def page_notebook_path(page_src: str) -> str:
    """The notebook download of a docs page (`tensors/creation.md` -> its site path)."""
    slug = page_src.removesuffix(".md").replace("/", "-")
    return f"{SITE_DIR}/notebooks/{slug}.ipynb"


def notebook_page(name: str, suffix: str = ".ipynb") -> str:
    """The docs path at which a `notebook` example becomes a page (what the nav lists)."""
    return f"notebooks/{name}{suffix}"


def link_from_page(site_path: str) -> str:
    """A link to a site file from a page one folder deep."""
    return f"../{site_path}"
