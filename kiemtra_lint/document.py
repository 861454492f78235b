"""The model every rule reads: Document -> Section tree -> Blocks.

A block is one unit of text as a reader sees it: a paragraph, a heading, a
table cell or a footnote.  Its ``text`` is NFC-normalised and every offset the
linter reports counts code points of that text.  ``segments`` map spans of the
text back to the runs they came from, so that a later writer (annotate) can
anchor a Word comment on exactly the flagged words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

PARAGRAPH = "paragraph"
HEADING = "heading"
TABLE_CELL = "table-cell"
FOOTNOTE = "footnote"

# About 20 pages in one paragraph: not a paragraph anyone wrote but a pasted dump or a damaged
# file.  Rules that compare or parse running text skip longer blocks (see ``readable``), which
# also keeps them linear on hostile input.
MAX_PARAGRAPH_CHARS = 50_000


@dataclass(slots=True)
class Segment:
    """``text[start:end]`` of a block came from one run of the source file.

    ``part`` names the package part ("document", "footnotes", "endnotes"),
    ``para`` is the ordinal of the ``w:p`` among all ``w:p`` of that part in
    document order, ``run`` the ordinal of the ``w:r`` among the runs of that
    paragraph (``-1`` for text that has no run of its own, such as a soft break
    or a paragraph separator inside a table cell) and ``offset`` the code point
    offset of ``start`` inside that run's NFC text.
    """

    start: int
    end: int
    part: str
    para: int
    run: int
    offset: int = 0


@dataclass(slots=True)
class NoteRef:
    """A footnote or endnote reference mark at ``offset`` in a block's text."""

    offset: int
    note: str  # "1", "2" for footnotes; "e1" for endnotes
    block: int | None = None  # index of the note's own block, once linked


@dataclass(slots=True)
class Block:
    index: int
    kind: str
    text: str
    segments: list[Segment] = field(default_factory=list)
    style: str | None = None  # style name as written in styles.xml
    outline_level: int | None = None  # 0-based, from outlineLvl / heading style
    bold: bool = False  # every visible character is bold
    all_caps: bool = False  # rendered in capitals by w:caps
    centered: bool = False
    list_label: str | None = None  # label rendered from Word list numbering
    list_level: int | None = None  # ilvl of the list item
    is_bullet: bool = False
    table: int | None = None
    row: int | None = None
    col: int | None = None
    footnote: str | None = None  # note id of a footnote block
    note_refs: list[NoteRef] = field(default_factory=list)
    ref_block: int | None = None  # for a note: the block holding its reference
    ref_offset: int | None = None
    denormalized: list[tuple[int, int]] = field(default_factory=list)  # spans not NFC in the source
    in_textbox: bool = False
    # filled in by the outline
    label: str | None = None  # heading label as the reader sees it ("1.2.")
    label_kind: str | None = None
    heading_level: int | None = None
    section: tuple[str, ...] = ()
    title: str | None = None  # heading text without its label


def readable(block: Block) -> bool:
    """Whether a block is short enough to be a paragraph someone wrote (MAX_PARAGRAPH_CHARS)."""
    return len(block.text) <= MAX_PARAGRAPH_CHARS


def section_display(section: tuple[str, ...] | list[str]) -> str:
    """"A › II › 1.2" for ("A.", "II.", "1.", "1.2.")."""
    parts = []
    for label in section:
        label = label.strip().rstrip(".)-–/:").strip()
        parts.append(label if len(label) <= 40 else label[:39] + "…")
    return " › ".join(parts)


@dataclass(slots=True)
class Section:
    label: str
    title: str
    level: int
    heading: int | None  # block index of the heading (None for the root)
    kind: str | None = None  # label kind ("roman", "arabic", ...)
    number: int | None = None  # the label's ordinal value, when it has one
    numbers: tuple[int, ...] = ()  # all the label's values: (1, 2) for "1.2."
    punct: str = ""  # the label's closing punctuation
    rendered: bool = False  # the label comes from Word list numbering
    blocks: list[int] = field(default_factory=list)  # blocks directly inside
    children: list["Section"] = field(default_factory=list)
    parent: "Section | None" = field(default=None, repr=False)
    extra_headings: list[int] = field(default_factory=list)  # e.g. a title line

    @property
    def path(self) -> tuple[str, ...]:
        labels: list[str] = []
        node: Section | None = self
        while node is not None and node.heading is not None:
            labels.append(node.label or node.title)
            node = node.parent
        return tuple(reversed(labels))

    def walk(self) -> Iterator["Section"]:
        yield self
        for child in self.children:
            yield from child.walk()

    def all_blocks(self) -> list[int]:
        """Every block index inside this section and its subsections."""
        out = list(self.blocks)
        for child in self.children:
            out.extend(child.all_blocks())
        return sorted(out)


@dataclass(slots=True)
class Table:
    index: int
    cells: list[list[int | None]]  # [row][col] -> block index (None: merged away)
    nested_in: int | None = None  # index of the enclosing table, if nested


@dataclass(slots=True)
class Diagnostic:
    """Something the reader noticed about the file itself (KT0xx)."""

    code: str
    message_vi: str
    message_en: str
    block: int | None = None
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Comment:
    """A Word comment (or an HTML comment in .md/.txt) anchored on a span."""

    id: str
    author: str
    text: str
    block: int | None
    start: int
    end: int


@dataclass
class Document:
    path: str
    format: str  # "docx" | "md" | "txt"
    blocks: list[Block] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    root: Section = field(default_factory=lambda: Section("", "", 0, None))
    title: str = ""
    tracked_changes: int = 0
    legacy_encoding: str | None = None  # "TCVN3" | "VNI" when detected
    fonts: dict[str, int] = field(default_factory=dict)  # font name -> characters typed in it

    def sections(self) -> Iterator[Section]:
        for child in self.root.children:
            yield from child.walk()

    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == HEADING]
