"""`make new PART=basics PAGE=my-topic`: a page, a first example, and the nav entry, passing the
tests as generated (a contributor starts from green and edits). It refuses a page whose example
folder exists (another page's examples live there) and an unknown section unless asked to create one."""

from __future__ import annotations

import re
from pathlib import Path

PAGE = """---
description: {title}, shown with executed examples.
tags:  # concepts this page teaches: they list it in the concept index (lower case, API names as written)
  - {page}
---

# {title}

One or two sentences on what this page teaches and why a learner needs it.

## A first idea

One sentence on why the example below matters; then the example, embedded with one line.
Its real output appears under it when the site is built.

--8<-- "{page}/first_example.md"

What to notice in the output, in a sentence.
"""

EXAMPLE = """import torch

# Seeded here: the engine seeds nothing, so the page shows what `python` prints.
torch.manual_seed(0)

x = torch.arange(6).reshape(2, 3)
print(x)
print("sum of each column:", x.sum(dim=0))
# An assert turns a claim in the prose into a tested fact.
assert x.sum().item() == 15
"""

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def new_page(
    root: Path, part: str, slug: str, title: str | None = None, new_part: bool = False
) -> list[Path]:
    for name, value in (("PART", part), ("PAGE", slug)):
        if not SLUG.match(value):
            raise SystemExit(
                f"{name}={value!r}: use lowercase words joined by hyphens, e.g. my-topic"
            )
    parts = sorted(p.name for p in (root / "docs").iterdir() if p.is_dir() and any(p.glob("*.md")))
    if part not in parts and not new_part:
        raise SystemExit(
            f"PART={part!r} is not a section of the site (they are: {', '.join(parts)}); "
            "to start a new section, add NEW_PART=1"
        )
    title = title or slug.replace("-", " ").capitalize()
    page = root / "docs" / part / f"{slug}.md"
    folder = root / "snippets" / slug
    example = folder / "first_example.py"
    if page.exists():
        raise SystemExit(f"{page.relative_to(root)} already exists: pick another PAGE name")
    if folder.exists():
        raise SystemExit(
            f"{folder.relative_to(root)}/ already exists (another page's examples live there): "
            "pick another PAGE name"
        )
    page.parent.mkdir(parents=True, exist_ok=True)
    folder.mkdir(parents=True)
    page.write_text(PAGE.format(title=title, page=slug), encoding="utf-8")
    example.write_text(EXAMPLE, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(
        add_to_nav(config.read_text(encoding="utf-8"), part, f"{part}/{slug}.md", title),
        encoding="utf-8",
    )
    return [page, example, config]


def add_to_nav(text: str, part: str, page: str, title: str) -> str:
    """Insert `- title: page` after the last nav entry of docs/<part>/, or as a new section at the
    end of the nav. Text edit, not YAML round-trip, so comments and layout survive."""
    lines = text.splitlines(keepends=True)
    try:
        start = next(i for i, ln in enumerate(lines) if ln.rstrip() == "nav:")
    except StopIteration:
        raise SystemExit("mkdocs.yml has no top-level `nav:`") from None
    end = next(
        (
            i
            for i in range(start + 1, len(lines))
            if lines[i].strip() and not lines[i].startswith((" ", "#"))
        ),
        len(lines),
    )
    entry = re.compile(rf"^(\s*)- (?:[^:]+: )?{re.escape(part)}/[^/\s]+\.md\s*$")
    last = None
    for i in range(start + 1, end):
        if entry.match(lines[i]):
            last = i
    if last is not None:
        pad = entry.match(lines[last]).group(1)  # type: ignore[union-attr]  # matched above
        lines.insert(last + 1, f"{pad}- {title}: {page}\n")
    else:
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        section = part.replace("-", " ").capitalize()
        if lines[end - 1] and not lines[end - 1].endswith("\n"):
            lines[end - 1] += "\n"
        lines[end:end] = [f"  - {section}:\n", f"      - {title}: {page}\n"]
    return "".join(lines)
