"""The Notes section: every line of each study note is accounted for, and every link holds.

docs/notes/sources/<slug>.txt is a verbatim copy of one study note; docs/notes/<slug>.md walks it
in its own order, in tables of this form (one table per section of the note):

    | Line | Note says | Verdict | Where the site shows it |
    | --- | --- | --- | --- |
    | 12 | a verbatim quotation, cut with … where long | corrected | [Shapes](../tensors/shape.md#x) |
    | 1–3 | # PyTorch | not a claim | |

This file checks, without building the site (CI runs it on a clean clone):

- every non-blank line of a note is covered by the Line column (`12` or `12–14`) of some row;
- every verdict is one of VERDICTS;
- every claim row (any verdict but `not a claim`) links a section of a chapter, and every link
  names an existing page and a heading anchor on it (computed as MkDocs' toc extension does);
- the first link of a `corrected` row points at a section holding a `!!! warning "Correction`
  box (unless the row is listed in PENDING_BOXES, see there);
- every quotation occurs in the note lines its row cites (whitespace normalised, … as a cut);
- every row has the four cells, and the page's front matter is one MkDocs can read;
- the Notes pages are in the nav, and the section's index links each of them.

Each failure names the file and line and says what to do.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from posixpath import normpath

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
NOTES = "notes"  # docs/notes/<slug>.md, docs/notes/sources/<slug>.txt
SOURCES = f"{NOTES}/sources"
VERDICTS = ("right", "sharpened", "corrected", "not a claim")
HEADER = ("Line", "Note says", "Verdict", "Where the site shows it")
CORRECTION_BOX = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s+warning\s+"Correction\b')

# `corrected` rows whose correction the site does not show in a Correction box yet:
# (slug, first note line, a piece of the row's quotation) -> what is missing. The row keeps its
# true verdict, links the closest section and says so to the reader; the chapter's owner is asked
# for the box. An entry whose box has appeared fails the test, so this list only ever shrinks.
# Empty: every `corrected` row links the section holding its box.
PENDING_BOXES: dict[tuple[str, int, str], str] = {}


# --- Markdown: headings, anchors, sections --------------------------------------------------


def slugify(value: str, separator: str = "-") -> str:
    """markdown.extensions.toc.slugify, the site's `toc` slugify (mkdocs.yml sets no other)."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(rf"[{separator}\s]+", separator, value)


def unique(anchor: str, used: set[str]) -> str:
    """toc's de-duplication: a repeated id gets _1, _2, ..."""
    if anchor in used or not anchor:
        base, count = anchor, 0
        m = re.match(r"^(.*)_([0-9]+)$", anchor)
        if m:
            base, count = m.group(1), int(m.group(2))
        count += 1
        while f"{base}_{count}" in used:
            count += 1
        anchor = f"{base}_{count}"
    used.add(anchor)
    return anchor


FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})")
ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
ATTR_LIST = re.compile(r"\s*\{:?\s*([^}]*)\}\s*$")
CODE_SPAN = re.compile(r"(`+)(.+?)\1")


def markdown_lines(text: str) -> list[tuple[int, str, bool]]:
    """(1-based line number, line, inside a fenced code block or front matter?) per line."""
    out, fence = [], None
    lines = text.splitlines()
    front = lines[:1] == ["---"]
    for n, line in enumerate(lines, 1):
        if front:
            out.append((n, line, True))
            if n > 1 and line.strip() in ("---", "..."):
                front = False
            continue
        m = FENCE.match(line)
        if fence is None and m:
            fence = m.group(2)
            out.append((n, line, True))
        elif fence is not None:
            out.append((n, line, True))
            if m and m.group(2)[0] == fence[0] and len(m.group(2)) >= len(fence):
                if not line.strip()[len(m.group(2)) :].strip():
                    fence = None
        else:
            out.append((n, line, False))
    return out


def heading_plain_text(raw: str) -> str:
    """The text toc slugifies: inline Markdown rendered, tags stripped, entities unescaped."""
    parts, pos = [], 0
    for m in CODE_SPAN.finditer(raw):
        parts.append(("md", raw[pos : m.start()]))
        parts.append(("code", m.group(2).strip()))
        pos = m.end()
    parts.append(("md", raw[pos:]))
    text = ""
    for kind, chunk in parts:
        if kind == "md":
            chunk = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", chunk)  # links, images
            chunk = re.sub(r"<[^>]+>", "", chunk)  # inline HTML
            chunk = re.sub(r"\\([!-/:-@\[-`{-~])", "\x00\\1", chunk)  # escaped punctuation
            chunk = re.sub(r"\*+", "", chunk)  # emphasis
            chunk = re.sub(r"(?<![\w\x00])_+(\S(?:.*?\S)?)_+(?!\w)", r"\1", chunk)
            chunk = chunk.replace("\x00", "")
        text += chunk
    return html.unescape(text)


@dataclass
class Heading:
    line: int  # 1-based line in the page
    level: int
    anchor: str


def headings(text: str) -> list[Heading]:
    """The page's headings outside fenced code, with the ids MkDocs gives them."""
    used: set[str] = set()
    out = []
    for n, line, in_code in markdown_lines(text):
        m = None if in_code else ATX.match(line)
        if not m:
            continue
        raw = (m.group(2) or "").strip()
        custom = None
        attrs = ATTR_LIST.search(raw)
        if attrs:
            raw = raw[: attrs.start()]
            ids = re.findall(r"(?:^|\s)#([^\s}]+)", attrs.group(1))
            custom = ids[-1] if ids else None
        if custom:
            used.add(custom)
            anchor = custom
        else:
            anchor = unique(slugify(heading_plain_text(raw)), used)
        out.append(Heading(n, len(m.group(1)), anchor))
    return out


def section_lines(text: str, anchor: str) -> list[tuple[int, str, bool]] | None:
    """The lines from the heading with this anchor to the next heading of the same or a higher
    level (subsections included; the h1 title's section ends at the first h2); None when no
    heading has the anchor."""
    hs = headings(text)
    for i, h in enumerate(hs):
        if h.anchor == anchor:
            # A page's title (h1) stands for its introduction only, up to the first h2.
            stop = max(h.level, 2)
            end = next((o.line for o in hs[i + 1 :] if o.level <= stop), None)
            return [
                (n, line, code)
                for n, line, code in markdown_lines(text)
                if n >= h.line and (end is None or n < end)
            ]
    return None


def has_correction_box(section: list[tuple[int, str, bool]]) -> bool:
    return any(not code and CORRECTION_BOX.match(line) for _, line, code in section)


# --- The notes pages: tables of rows ---------------------------------------------------------


@dataclass
class Row:
    md_line: int  # 1-based line of the row in the notes page
    first: int  # note lines first..last (1-based, inclusive); 0 when unreadable
    last: int
    line_cell: str
    quote: str  # the quotation as the reader sees it (Markdown escapes undone)
    verdict: str
    links: list[str] = field(default_factory=list)  # targets, e.g. ../tensors/shape.md#x
    cells: int = 4


LINE_RANGE = re.compile(r"^(\d+)(?:\s*[–-]\s*(\d+))?$")
LINK = re.compile(r"(?<!!)\[(?:[^\[\]]|`[^`]*`)*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def split_cells(line: str) -> list[str]:
    """A table row's cells: split on `|`, except an escaped `\\|` or one inside a code span."""
    cells, cell, i, tick = [], "", 0, 0
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            cell += body[i : i + 2]
            i += 2
            continue
        if ch == "`":
            run = len(body[i:]) - len(body[i:].lstrip("`"))
            tick = 0 if tick == run else (run if tick == 0 else tick)
            cell += "`" * run
            i += run
            continue
        if ch == "|" and not tick:
            cells.append(cell.strip())
            cell = ""
        else:
            cell += ch
        i += 1
    cells.append(cell.strip())
    return cells


def plain(cell: str) -> str:
    """What the reader sees of a quotation cell: Markdown escapes and HTML entities undone."""
    return html.unescape(MD_ESCAPE.sub(r"\1", cell))


def rows(page_text: str) -> list[Row]:
    """Every row of every `| Line | Note says | Verdict | Where the site shows it |` table."""
    out: list[Row] = []
    in_table = False
    for n, line, in_code in markdown_lines(page_text):
        if in_code or not line.lstrip().startswith("|"):
            in_table = False
            continue
        cells = split_cells(line)
        if tuple(cells) == HEADER:
            in_table = True
            continue
        if not in_table or all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
            continue
        count = len(cells)
        cells += [""] * (4 - len(cells))
        m = LINE_RANGE.match(cells[0])
        first = int(m.group(1)) if m else 0
        last = int(m.group(2) or m.group(1)) if m else 0
        links = LINK.findall(cells[3])
        out.append(Row(n, first, last, cells[0], plain(cells[1]), cells[2], links, count))
    return out


def normalised(text: str) -> str:
    return " ".join(text.split())


def quote_occurs(quote: str, source: str) -> bool:
    """The quotation's pieces (cut at …) occur in the source, in order, whitespace normalised."""
    pos = 0
    source = normalised(source)
    for piece in (normalised(p) for p in quote.split("…")):
        if not piece:
            continue
        found = source.find(piece, pos)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


def front_matter_problems(page_rel: str, text: str) -> list[str]:
    """MkDocs shows front matter it cannot parse as text (the page then starts with it)."""
    lines = text.splitlines()
    if lines[:1] != ["---"]:
        return []
    end = next((i for i, line in enumerate(lines[1:], 1) if line in ("---", "...")), None)
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) if end else None
    except yaml.YAMLError as e:
        meta = f"{type(e).__name__}: {str(e).splitlines()[0]}"
    if isinstance(meta, dict):
        return []
    return [
        f"{page_rel}:1: the front matter is not a YAML mapping ({meta!r}), so MkDocs would "
        'print it on the page: quote values that contain ": ", and close it with ---'
    ]


def check_note(
    docs: Path, slug: str, pending: dict[tuple[str, int, str], str] | None = None
) -> list[str]:
    """Every problem of one note's page, as 'file:line: what is wrong: what to do'."""
    pending = PENDING_BOXES if pending is None else pending
    src_rel = f"docs/{SOURCES}/{slug}.txt"
    page_rel = f"docs/{NOTES}/{slug}.md"
    page_path = docs / NOTES / f"{slug}.md"
    if not page_path.is_file():
        return [
            f"{src_rel}: no page {page_rel} walks this note: create it (one table row per line, "
            "see docs/notes/index.md)"
        ]
    note = (docs / SOURCES / f"{slug}.txt").read_text(encoding="utf-8").splitlines()
    page_text = page_path.read_text(encoding="utf-8")
    table = rows(page_text)
    problems: list[str] = front_matter_problems(page_rel, page_text)
    if not table:
        problems.append(
            f"{page_rel}: no table with the columns {' | '.join(HEADER)}: walk the note in such "
            "tables, one row per line or line range"
        )
    covered: set[int] = set()
    pages: dict[Path, str] = {}
    seen_pending: set[tuple[str, int, str]] = set()
    for row in table:
        where = f"{page_rel}:{row.md_line}"
        if not row.first or not (1 <= row.first <= row.last <= len(note)):
            problems.append(
                f"{where}: Line {row.line_cell!r} is not a line or range of {src_rel} "
                f"(1 to {len(note)}): write `12` or `12–14`"
            )
            continue
        covered.update(range(row.first, row.last + 1))
        if row.cells != 4:
            problems.append(
                f"{where}: the row has {row.cells} cells, not 4 ({' | '.join(HEADER)}): escape a "
                "| inside a cell as \\|"
            )
            continue
        cited = f"{src_rel}:{row.line_cell.replace(' ', '')}"
        if row.verdict not in VERDICTS:
            problems.append(
                f"{where}: verdict {row.verdict!r} is not one of {', '.join(VERDICTS)}: "
                "use exactly one of them"
            )
        if not row.quote.strip():
            problems.append(f"{where}: the Note says cell is empty: quote {cited}")
        elif not quote_occurs(row.quote, "\n".join(note[row.first - 1 : row.last])):
            problems.append(
                f"{where}: the quotation {row.quote!r} does not occur in {cited}: quote the note "
                "verbatim (whitespace may differ; … marks a cut), or fix the Line column"
            )
        key = next((k for k in pending if k[:2] == (slug, row.first) and k[2] in row.quote), None)
        if key and row.verdict == "corrected":
            seen_pending.add(key)
        if row.verdict in VERDICTS[:3] and not row.links:
            problems.append(
                f"{where}: a {row.verdict!r} row ({cited}) has no link: link the section that "
                "shows it, e.g. [Shapes and reshaping: `view` shares memory]"
                "(../tensors/shape.md#view-shares-memory)"
            )
        for i, target in enumerate(row.links):
            path_part, _, anchor = target.partition("#")
            rel = normpath(f"{NOTES}/{path_part}")
            if not path_part.endswith(".md") or rel.startswith(".."):
                problems.append(
                    f"{where}: link {target!r} is not a page of the site: link a chapter section, "
                    "e.g. ../tensors/shape.md#view-shares-memory"
                )
                continue
            path = docs / rel
            if not path.is_file():
                problems.append(
                    f"{where}: link {target!r}: docs/{rel} does not exist: link an existing page"
                )
                continue
            chapter = pages.setdefault(path, path.read_text(encoding="utf-8"))
            anchors = [h.anchor for h in headings(chapter)]
            if not anchor:
                problems.append(
                    f"{where}: link {target!r} has no #anchor: link the section, one of "
                    f"docs/{rel}'s headings: #{', #'.join(anchors[1:]) or '(none)'}"
                )
                continue
            if anchor not in anchors:
                near = get_close_matches(anchor, anchors, n=1, cutoff=0.5)
                hint = f" (did you mean #{near[0]}?)" if near else ""
                problems.append(
                    f"{where}: link {target!r}: no heading of docs/{rel} has the anchor "
                    f"#{anchor}{hint}: link an existing heading (was it renamed?)"
                )
                continue
            if row.verdict != "corrected" or i:
                continue
            boxed = has_correction_box(section_lines(chapter, anchor) or [])
            if key:
                if boxed:
                    problems.append(
                        f"{where}: docs/{rel}#{anchor} now has a Correction box: remove "
                        f"{key!r} from PENDING_BOXES in tests/test_notes.py, and the row's "
                        "remark that the site does not box it yet"
                    )
            elif not boxed:
                problems.append(
                    f"{where}: a 'corrected' row ({cited}) must link first the section holding "
                    f'its Correction box, but docs/{rel}#{anchor} has no `!!! warning "Correction'
                    "` box: link the section that has it, or (if the site corrects it only in "
                    "prose) ask the chapter's owner for a box and list the row in PENDING_BOXES"
                )
    for key in sorted(set(k for k in pending if k[0] == slug) - seen_pending):
        problems.append(
            f"tests/test_notes.py: PENDING_BOXES lists {key!r}, but no 'corrected' row of "
            f"{page_rel} at line {key[1]} quotes {key[2]!r}: remove the entry"
        )
    for n, text in enumerate(note, 1):
        if text.strip() and n not in covered:
            problems.append(
                f"{src_rel}:{n}: line not covered by any row of {page_rel}: add a row whose Line "
                f"column includes {n} (verdict `not a claim` for a heading or an aside)"
            )
    return problems


def check_nav(config: dict, slugs: list[str]) -> list[str]:
    """The nav has a Notes section (mkdocs.yml puts it last) with the index and every note page.
    Only its presence is checked: `make new` appends a new part after it."""
    nav = config.get("nav") or []
    sections = [item["Notes"] for item in nav if isinstance(item, dict) and "Notes" in item]
    wanted = [f"{NOTES}/index.md"] + [f"{NOTES}/{s}.md" for s in slugs]
    if not sections:
        return [
            "mkdocs.yml: `nav:` has no Notes section: add `- Notes:` at its end, listing "
            + ", ".join(wanted)
        ]
    listed = nav_pages(sections[0])
    return [
        f"mkdocs.yml: the Notes section of `nav:` does not list {page}: add it"
        + (" first, so that it is the section's index page" if page.endswith("index.md") else "")
        for page in wanted
        if page not in listed
    ]


def check_index(index_text: str, slugs: list[str]) -> list[str]:
    """The section's index page links every note's page."""
    return [
        f"docs/{NOTES}/index.md: no link to {slug}.md: list it with the other notes"
        for slug in slugs
        if f"({slug}.md)" not in index_text
    ]


def nav_pages(nav) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [p for item in nav for p in nav_pages(item)]
    if isinstance(nav, dict):
        return [p for value in nav.values() for p in nav_pages(value)]
    return []


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses !ENV and !!python/name tags; for the nav their values do not matter."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def note_slugs(docs: Path = DOCS) -> list[str]:
    return sorted(p.stem for p in (docs / SOURCES).glob("*.txt"))


# --- The site's notes ------------------------------------------------------------------------


def test_the_five_notes_are_in_the_repository():
    slugs = note_slugs()
    assert len(slugs) == 5, (
        f"docs/{SOURCES}/ holds {len(slugs)} notes ({', '.join(slugs)}), not the five study "
        "notes: copy each as docs/notes/sources/<slug>.txt"
    )


@pytest.mark.parametrize("slug", note_slugs())
def test_every_line_of_the_note_is_accounted_for(slug):
    problems = check_note(DOCS, slug)
    assert not problems, "\n".join(problems)


def test_the_notes_pages_are_in_the_nav_and_the_index():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    index = (DOCS / NOTES / "index.md").read_text(encoding="utf-8")
    problems = check_nav(config, note_slugs()) + check_index(index, note_slugs())
    assert not problems, "\n".join(problems)


# --- Each check can fail: a tiny site in tmp_path --------------------------------------------

CHAPTER = """\
---
description: a chapter
---

# Shapes

## `view` shares memory

Text.

```python
# not a heading
```

### A detail

!!! warning "Correction: `view` is not the safe default"
    Boxed.

## `view` shares memory

A second heading with the same text.

## Custom { #my-id }
"""

NOTE = "# Title\nview is the common way\n\nx.T transposes\n"


def tiny(tmp_path: Path, rows: str, note: str = NOTE) -> Path:
    """docs/ with one chapter, one note (slug `n`) and its page holding these table rows."""
    docs = tmp_path / "docs"
    (docs / "tensors").mkdir(parents=True)
    (docs / "tensors" / "shape.md").write_text(CHAPTER, encoding="utf-8")
    (docs / SOURCES).mkdir(parents=True)
    (docs / SOURCES / "n.txt").write_text(note, encoding="utf-8")
    table = "| Line | Note says | Verdict | Where the site shows it |\n| --- | --- | --- | --- |\n"
    (docs / NOTES / "n.md").write_text(f"# N\n\n## Part\n\n{table}{rows}", encoding="utf-8")
    return docs


GOOD = """\
| 1 | # Title | not a claim | |
| 2 | view is the … way | corrected | [Shapes](../tensors/shape.md#view-shares-memory) |
| 4 | x\\.T transposes | sharpened | [Shapes](../tensors/shape.md#my-id) |
"""


def test_a_complete_page_has_no_problems(tmp_path):
    assert check_note(tiny(tmp_path, GOOD), "n", pending={}) == []


def test_anchors_follow_mkdocs_toc():
    anchors = [h.anchor for h in headings(CHAPTER)]
    assert anchors == ["shapes", "view-shares-memory", "a-detail", "view-shares-memory_1", "my-id"]
    assert slugify("`nn.Linear` computes `x @ W.T + b`".replace("`", "")) == (
        "nnlinear-computes-x-wt-b"
    )
    assert has_correction_box(section_lines(CHAPTER, "view-shares-memory"))  # in a subsection
    assert not has_correction_box(section_lines(CHAPTER, "view-shares-memory_1"))
    assert not has_correction_box(section_lines(CHAPTER, "shapes"))  # the title: intro only


UNBOXED = GOOD.replace("#view-shares-memory)", "#view-shares-memory_1)")
NO_BOX = (
    "docs/notes/n.md:8: a 'corrected' row (docs/notes/sources/n.txt:2) must link first the "
    "section holding its Correction box, but docs/tensors/shape.md#view-shares-memory_1 has "
    'no `!!! warning "Correction` box: link the section that has it, or (if the site '
    "corrects it only in prose) ask the chapter's owner for a box and list the row in "
    "PENDING_BOXES"
)
NOT_A_PAGE = (
    "is not a page of the site: link a chapter section, e.g. ../tensors/shape.md#view-shares-memory"
)

# GOOD's rows broken one way each (case -> (rows, the problems check_note must name, exactly)).
# An edit that no longer applies leaves GOOD intact, which has no problem, so the case fails.
BROKEN: dict[str, tuple[str, list[str]]] = {
    "no rows": (
        "",
        [
            "docs/notes/n.md: no table with the columns Line | Note says | Verdict | Where the "
            "site shows it: walk the note in such tables, one row per line or line range",
        ]
        + [
            f"docs/notes/sources/n.txt:{n}: line not covered by any row of docs/notes/n.md: add a "
            f"row whose Line column includes {n} (verdict `not a claim` for a heading or an aside)"
            for n in (1, 2, 4)
        ],
    ),
    "uncovered line": (
        "".join(GOOD.splitlines(keepends=True)[:2]),
        [
            "docs/notes/sources/n.txt:4: line not covered by any row of docs/notes/n.md: add a "
            "row whose Line column includes 4 (verdict `not a claim` for a heading or an aside)"
        ],
    ),
    "line outside the note": (
        GOOD + "| 4–9 | x | not a claim | |\n",
        [
            "docs/notes/n.md:10: Line '4–9' is not a line or range of docs/notes/sources/n.txt "
            "(1 to 4): write `12` or `12–14`"
        ],
    ),
    "unknown verdict": (
        GOOD.replace("sharpened", "half right"),
        [
            "docs/notes/n.md:9: verdict 'half right' is not one of right, sharpened, corrected, "
            "not a claim: use exactly one of them"
        ],
    ),
    "empty quotation": (
        GOOD.replace("| 4 | x\\.T transposes |", "| 4 |  |"),
        ["docs/notes/n.md:9: the Note says cell is empty: quote docs/notes/sources/n.txt:4"],
    ),
    "quotation not in the cited line": (
        GOOD.replace("| 2 | view is the … way", "| 2 | view is the best way"),
        [
            "docs/notes/n.md:8: the quotation 'view is the best way' does not occur in "
            "docs/notes/sources/n.txt:2: quote the note verbatim (whitespace may differ; … marks "
            "a cut), or fix the Line column"
        ],
    ),
    "unescaped pipe": (
        GOOD.replace("x\\.T transposes", "x.T | transposes"),
        [
            "docs/notes/n.md:9: the row has 5 cells, not 4 (Line | Note says | Verdict | Where "
            "the site shows it): escape a | inside a cell as \\|"
        ],
    ),
    "claim without a link": (
        GOOD.replace("[Shapes](../tensors/shape.md#my-id)", "see Shapes"),
        [
            "docs/notes/n.md:9: a 'sharpened' row (docs/notes/sources/n.txt:4) has no link: link "
            "the section that shows it, e.g. [Shapes and reshaping: `view` shares memory]"
            "(../tensors/shape.md#view-shares-memory)"
        ],
    ),
    "link to another site": (
        GOOD.replace("../tensors/shape.md#my-id", "https://docs.pytorch.org/docs/stable/x.html#y"),
        [f"docs/notes/n.md:9: link 'https://docs.pytorch.org/docs/stable/x.html#y' {NOT_A_PAGE}"],
    ),
    "link outside docs": (
        GOOD.replace("../tensors/shape.md#my-id", "../../README.md#my-id"),
        [f"docs/notes/n.md:9: link '../../README.md#my-id' {NOT_A_PAGE}"],
    ),
    "link to a missing page": (
        GOOD.replace("shape.md#my-id", "shapes.md#my-id"),
        [
            "docs/notes/n.md:9: link '../tensors/shapes.md#my-id': docs/tensors/shapes.md does "
            "not exist: link an existing page"
        ],
    ),
    "link without an anchor": (
        GOOD.replace("shape.md#my-id", "shape.md"),
        [
            "docs/notes/n.md:9: link '../tensors/shape.md' has no #anchor: link the section, one "
            "of docs/tensors/shape.md's headings: #view-shares-memory, #a-detail, "
            "#view-shares-memory_1, #my-id"
        ],
    ),
    "missing anchor, with a suggestion": (
        GOOD.replace("#my-id", "#view-share-memory"),
        [
            "docs/notes/n.md:9: link '../tensors/shape.md#view-share-memory': no heading of "
            "docs/tensors/shape.md has the anchor #view-share-memory (did you mean "
            "#view-shares-memory?): link an existing heading (was it renamed?)"
        ],
    ),
    "a heading inside a code block is no anchor": (
        GOOD.replace("#my-id", "#not-a-heading"),
        [
            "docs/notes/n.md:9: link '../tensors/shape.md#not-a-heading': no heading of "
            "docs/tensors/shape.md has the anchor #not-a-heading: link an existing heading (was "
            "it renamed?)"
        ],
    ),
    "correction without a box": (UNBOXED, [NO_BOX]),
}


@pytest.mark.parametrize("case", list(BROKEN), ids=lambda c: re.sub(r"\W+", "-", c))
def test_a_broken_page_is_named(tmp_path, case):
    rows, problems = BROKEN[case]
    assert check_note(tiny(tmp_path, rows), "n", pending={}) == problems


def test_a_pending_box_is_allowed_until_the_box_exists(tmp_path):
    pending = {("n", 2, "view is the"): "no box yet"}
    assert check_note(tiny(tmp_path / "a", UNBOXED), "n", pending=pending) == []
    assert check_note(tiny(tmp_path / "b", GOOD), "n", pending=pending) == [
        "docs/notes/n.md:8: docs/tensors/shape.md#view-shares-memory now has a Correction box: "
        "remove ('n', 2, 'view is the') from PENDING_BOXES in tests/test_notes.py, and the "
        "row's remark that the site does not box it yet"
    ]
    assert check_note(tiny(tmp_path / "c", UNBOXED), "n", pending={("n", 4, "gone"): "?"}) == [
        NO_BOX,
        "tests/test_notes.py: PENDING_BOXES lists ('n', 4, 'gone'), but no 'corrected' row of "
        "docs/notes/n.md at line 4 quotes 'gone': remove the entry",
    ]


def test_quotations_allow_cuts_escapes_and_other_whitespace():
    assert quote_occurs("a … c", "a b\n   c")
    assert not quote_occurs("c … a", "a b c")
    assert plain(r"\_\_init\_\_ &lt;AddBackward0&gt; a \| b") == "__init__ <AddBackward0> a | b"
    assert split_cells(r"| 1 | a \| b | `x|y` | z |") == ["1", r"a \| b", "`x|y`", "z"]


def test_front_matter_that_mkdocs_would_print_is_named(tmp_path):
    docs = tiny(tmp_path, GOOD)
    page = docs / NOTES / "n.md"
    body = page.read_text(encoding="utf-8")
    page.write_text("---\ndescription: a: b\n---\n" + body, encoding="utf-8")
    assert check_note(docs, "n", pending={}) == [
        "docs/notes/n.md:1: the front matter is not a YAML mapping ('ScannerError: mapping "
        "values are not allowed here'), so MkDocs would print it on the page: quote values that "
        'contain ": ", and close it with ---'
    ]
    page.write_text('---\ndescription: "a: b"\n---\n' + body, encoding="utf-8")
    assert check_note(docs, "n", pending={}) == []


def test_a_note_without_a_page_is_named(tmp_path):
    docs = tiny(tmp_path, GOOD)
    (docs / NOTES / "n.md").unlink()
    assert check_note(docs, "n", pending={}) == [
        "docs/notes/sources/n.txt: no page docs/notes/n.md walks this note: create it (one table "
        "row per line, see docs/notes/index.md)"
    ]


def test_the_nav_check_names_what_is_missing():
    good = {"nav": [{"Home": "index.md"}, {"Notes": ["notes/index.md", {"N": "notes/n.md"}]}]}
    assert check_nav(good, ["n"]) == []
    good["nav"].append({"Extras": ["extras/my-topic.md"]})  # what `make new` appends
    assert check_nav(good, ["n"]) == []
    assert check_nav({"nav": [{"Notes": ["notes/index.md"]}]}, ["n"]) == [
        "mkdocs.yml: the Notes section of `nav:` does not list notes/n.md: add it"
    ]
    assert check_nav({"nav": [{"Home": "index.md"}]}, ["n"]) == [
        "mkdocs.yml: `nav:` has no Notes section: add `- Notes:` at its end, listing "
        "notes/index.md, notes/n.md"
    ]
    assert check_nav({"nav": [{"Notes": [{"N": "notes/n.md"}]}]}, ["n"]) == [
        "mkdocs.yml: the Notes section of `nav:` does not list notes/index.md: add it first, so "
        "that it is the section's index page"
    ]


def test_the_index_check_names_a_note_it_does_not_link():
    assert check_index("[N](n.md) and [M](m.md)", ["m", "n"]) == []
    assert check_index("[N](n.md) and [M](m.html)", ["m", "n"]) == [
        "docs/notes/index.md: no link to m.md: list it with the other notes"
    ]
