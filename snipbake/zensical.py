"""The same sources, built by Zensical (Material for MkDocs' successor), for `make site-zensical`.

Zensical reads mkdocs.yml but runs no hooks and no MkDocs plugins, so what the MkDocs hook adds is
staged here instead, from the same bake: a copy of docs/ with the bake's site files (downloads,
figures, page notebooks, the notebook page as Markdown) and the page-notebook links written into
the pages, and a config derived from mkdocs.yml (the staged folder, the Markdown notebook page in
the nav, Material's classic look, a local GLightbox so nothing loads from a CDN).

    python -m snipbake zensical-stage      writes .bake/zensical/ (config + docs), prints its config
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from .layout import Layout, link_from_page
from .publish import load_manifest
from .render import after_title, page_notebook_link

DROP_PLUGINS = {"mkdocs-jupyter", "git-revision-date-localized"}  # Zensical ignores them anyway


class _Tagged:
    """A YAML value with a tag MkDocs resolves itself (!ENV, !!python/name:...), kept as written."""

    def __init__(self, tag: str, node: yaml.Node, loader: yaml.Loader):
        self.tag = tag
        if isinstance(node, yaml.ScalarNode):
            self.value = loader.construct_scalar(node)
        else:
            self.value = loader.construct_sequence(node, deep=True)


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: _Tagged("!" + suffix, node, loader))
_Loader.add_multi_constructor(
    "tag:yaml.org,2002:python/",
    lambda loader, suffix, node: _Tagged("tag:yaml.org,2002:python/" + suffix, node, loader),
)


def _represent(dumper: yaml.Dumper, data: _Tagged):
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value, flow_style=True)
    return dumper.represent_scalar(data.tag, data.value)


_Dumper.add_representer(_Tagged, _represent)


def _nav(items):
    """The nav with notebook pages pointing at their Markdown twins."""
    if isinstance(items, list):
        return [_nav(i) for i in items]
    if isinstance(items, dict):
        return {k: _nav(v) for k, v in items.items()}
    if isinstance(items, str) and items.startswith("notebooks/") and items.endswith(".ipynb"):
        return items.removesuffix(".ipynb") + ".md"
    return items


def _plugin_name(entry) -> str:
    return next(iter(entry)) if isinstance(entry, dict) else entry


def stage(root: Path) -> Path:
    """Write .bake/zensical/{mkdocs.yml,docs/} from the last bake (it builds into
    .bake/zensical/site/); return the config's path."""
    layout = Layout(root)
    out = layout.build / "zensical"
    docs = out / "docs"
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(layout.docs, docs, ignore=shutil.ignore_patterns("overrides"))
    manifest = load_manifest(layout)
    for uri in manifest["files"] + manifest["markdown_pages"]:
        (docs / uri).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(layout.site / uri, docs / uri)
    for page, uri in manifest["page_notebooks"].items():
        path = docs / page
        link = page_notebook_link(link_from_page(uri))
        path.write_text(after_title(path.read_text(encoding="utf-8"), link), encoding="utf-8")
    # GLightbox from the plugin MkDocs uses: Zensical would load it from unpkg.com otherwise.
    import mkdocs_glightbox

    vendor = docs / "assets" / "vendor" / "glightbox"
    shutil.copytree(Path(mkdocs_glightbox.__file__).parent / "glightbox", vendor)

    with open(root / "mkdocs.yml", encoding="utf-8") as f:
        config = yaml.load(f, Loader=_Loader)
    config["docs_dir"] = "docs"  # Zensical wants both inside the folder of its config
    config["site_dir"] = "site"
    config["nav"] = _nav(config["nav"])
    config["theme"]["variant"] = "classic"  # Zensical's own look is "modern"
    # The overridden partials are copies of Material's (names for axe); Zensical's own differ (its
    # search partial is a button that opens a new search), so only the site's own blocks go along.
    overrides = out / "overrides"
    shutil.copytree(layout.docs / "overrides", overrides, ignore=shutil.ignore_patterns("partials"))
    config["theme"]["custom_dir"] = "overrides"
    config["extra_css"] = [
        *config.get("extra_css", []),
        "assets/vendor/glightbox/glightbox.min.css",
    ]
    config["extra_javascript"] = [
        *config.get("extra_javascript", []),
        "assets/vendor/glightbox/glightbox.min.js",
    ]
    config["plugins"] = [p for p in config["plugins"] if _plugin_name(p) not in DROP_PLUGINS]
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and isinstance(plugin.get("tags"), dict):
            # a function of Material's: its venv has no Material to load it from (default order)
            plugin["tags"].pop("listings_tags_sort_by", None)
    for name in ("hooks", "watch"):
        config.pop(name, None)
    for ext in config["markdown_extensions"]:
        if isinstance(ext, dict) and "pymdownx.snippets" in ext:
            ext["pymdownx.snippets"]["base_path"] = [str(layout.fragments)]
    target = out / "mkdocs.yml"
    target.write_text(
        "# Generated by `python -m snipbake zensical-stage` from mkdocs.yml: do not edit.\n"
        + yaml.dump(config, Dumper=_Dumper, sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    return target
