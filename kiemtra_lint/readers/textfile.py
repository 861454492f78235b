"""Read .md and .txt drafts into the same model as .docx.

Each non-empty line is a paragraph (a Markdown paragraph may wrap over several
lines; they are joined with a space).  Markdown adds: ``#`` headings (outline
levels), ``**bold**`` whole lines, ``|`` tables, footnotes ``[^1]`` /
``[^1]: text`` and HTML comments (kept as comments, for suppressions).
Segments record the source line (``para``) and column (``offset``) so that CI
outputs can point at a line.
"""

from __future__ import annotations

from pathlib import Path

import regex

from ..document import FOOTNOTE, PARAGRAPH, TABLE_CELL, Block, Comment, Document, NoteRef, Segment, Table
from ..errors import InputError
from ..text import nfc
from .notes import place_notes

MAX_TEXT_BYTES = 64 * 1024 * 1024

_ATX = regex.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_LINE = regex.compile(r"^\*\*(.+)\*\*:?$")
_NOTE_DEF = regex.compile(r"^\[\^([^\]\s]+)\]:\s*(.*)$")
_NOTE_REF = regex.compile(r"\[\^([^\]\s]+)\]")
_TABLE_ROW = regex.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = regex.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HTML_COMMENT = regex.compile(r"<!--(.*?)-->", regex.S)


def decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: không đọc được: tệp văn bản không ở mã UTF-8 (byte lạ ở vị trí {exc.start}); "
            "hãy lưu lại với mã UTF-8",
            f"{name}: cannot read: the text file is not UTF-8 (bad byte at {exc.start}); save it as UTF-8") from None


def read_text(path: str) -> Document:
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise InputError(f"{name}: không đọc được: tệp quá lớn ({size // 1048576} MB)",
                             f"{name}: cannot read: the file is too large ({size // 1048576} MB)")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: không mở được tệp ({exc.strerror})",
                         f"{name}: cannot open the file ({exc.strerror})") from None
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n")
    fmt = "md" if p.suffix.lower() in (".md", ".markdown") else "txt"
    return parse_text(text, str(path), fmt)


class _Builder:
    def __init__(self, doc: Document, markdown: bool) -> None:
        self.doc = doc
        self.markdown = markdown
        self.pending_comments: list[tuple[str, str]] = []

    def block(self, kind: str, line: int, col: int, text: str) -> Block:
        return self.block_from_lines(kind, [(line, col, text)])

    def block_from_lines(self, kind: str, lines: list[tuple[int, int, str]]) -> Block:
        """One block from source lines (line number, column, text) joined by spaces.

        Each stretch of text keeps its own segment (line, column), so that outputs can
        point at the right line of a paragraph wrapped over several; Markdown note marks
        ("[^1]") are taken out of the text and kept as note references.
        """
        parts: list[str] = []
        segments: list[Segment] = []
        refs: list[NoteRef] = []
        denormalized: list[tuple[int, int]] = []
        length = 0
        for line, col, raw in lines:
            stripped = raw.strip()
            if not stripped:
                continue
            col += len(raw) - len(raw.lstrip())
            if parts:
                parts.append(" ")
                length += 1
            pos = 0
            marks = list(_NOTE_REF.finditer(stripped)) if self.markdown and "[^" in stripped else []
            for piece_end, mark in [(m.start(), m) for m in marks] + [(len(stripped), None)]:
                piece = stripped[pos:piece_end]
                if piece:
                    normal = nfc(piece)
                    if normal != piece:
                        denormalized.append((length, length + len(normal)))
                    segments.append(Segment(length, length + len(normal), "text", line, -1, col + pos))
                    parts.append(normal)
                    length += len(normal)
                if mark is not None:
                    refs.append(NoteRef(length, mark.group(1)))
                    pos = mark.end()
        text = "".join(parts)
        if text != text.strip():  # a line that held only a note mark
            text = text.rstrip()
        block = Block(index=len(self.doc.blocks), kind=kind, text=text, segments=segments)
        block.denormalized = denormalized
        block.note_refs = refs
        self.doc.blocks.append(block)
        for cid, body in self.pending_comments:
            self.doc.comments.append(Comment(cid, "", body, block.index, 0, len(block.text)))
        self.pending_comments.clear()
        return block


def parse_text(text: str, path: str, fmt: str) -> Document:
    doc = Document(path=path, format=fmt)
    markdown = fmt == "md"
    b = _Builder(doc, markdown)
    lines = text.split("\n")
    notes: dict[str, tuple[int, str]] = {}
    i = 0
    comment_count = 0
    paragraph: list[tuple[int, str]] = []

    def flush_paragraph() -> None:
        if paragraph:
            bold = markdown and _wrapped_bold(paragraph)
            pieces = _unwrap_bold(paragraph) if bold else [(line_no, 0, text) for line_no, text in paragraph]
            b.block_from_lines(PARAGRAPH, pieces).bold = bold
            paragraph.clear()

    while i < len(lines):
        line = lines[i]
        # HTML comments (possibly inline) become comments on their block
        if "<!--" in line:
            full = line
            while "-->" not in full and i + 1 < len(lines):
                i += 1
                full += "\n" + lines[i]
            for m in _HTML_COMMENT.finditer(full):
                comment_count += 1
                b.pending_comments.append((f"c{comment_count}", m.group(1).strip()))
            line = _HTML_COMMENT.sub(lambda m: " " * len(m.group()), full).split("\n")[-1] if "\n" in full \
                else _HTML_COMMENT.sub(lambda m: " " * len(m.group()), full)
        stripped = line.strip()
        if not stripped:
            flush_paragraph()
            i += 1
            continue
        if markdown:
            m = _NOTE_DEF.match(stripped)
            if m:
                flush_paragraph()
                notes[m.group(1)] = (i, m.group(2))
                i += 1
                continue
            if _TABLE_ROW.match(line):
                flush_paragraph()
                i = _read_table(b, lines, i)
                continue
            m = _ATX.match(stripped)
            if m:
                flush_paragraph()
                block = b.block(PARAGRAPH, i, line.index(m.group(2)) if m.group(2) else 0, m.group(2))
                block.outline_level = len(m.group(1)) - 1
                block.bold = True
                i += 1
                continue
            m = _BOLD_LINE.match(stripped)
            if m:
                flush_paragraph()
                block = b.block(PARAGRAPH, i, line.index(stripped) + 2, m.group(1) + (":" if stripped.endswith(":") else ""))
                block.bold = True
                i += 1
                continue
            paragraph.append((i, line))
            i += 1
            continue
        b.block(PARAGRAPH, i, 0, line)
        i += 1
    flush_paragraph()
    _add_notes(b, notes)
    return doc


def _wrapped_bold(paragraph: list[tuple[int, str]]) -> bool:
    """A ``**bold**`` paragraph wrapped over several lines ("**II. NHIỆM VỤ VÀ GIẢI PHÁP" +
    "TRỌNG TÂM**"), read like a bold line."""
    first, last = paragraph[0][1].strip(), paragraph[-1][1].strip()
    return len(paragraph) > 1 and first.startswith("**") and last.endswith(("**", "**:")) \
        and "**" not in first[2:] and "**" not in last[:-3]


def _unwrap_bold(paragraph: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """The lines of a wrapped bold paragraph without its opening and closing "**"."""
    pieces = [(line_no, 0, text) for line_no, text in paragraph]
    line_no, _, text = pieces[0]
    pieces[0] = (line_no, text.index("**") + 2, text[text.index("**") + 2:])
    line_no, col, text = pieces[-1]
    end = text.rindex("**")
    pieces[-1] = (line_no, col, text[:end] + text[end + 2:])
    return pieces


def _read_table(b: _Builder, lines: list[str], i: int) -> int:
    doc = b.doc
    table = Table(index=len(doc.tables), cells=[])
    doc.tables.append(table)
    r = 0
    while i < len(lines) and _TABLE_ROW.match(lines[i]):
        line = lines[i]
        if _TABLE_RULE.match(line):
            i += 1
            continue
        inner_start = line.index("|") + 1
        inner = line[inner_start: line.rindex("|")]
        row: list[int | None] = []
        col_start = inner_start
        for c, cell in enumerate(inner.split("|")):
            block = b.block(TABLE_CELL, i, col_start, cell)
            block.table, block.row, block.col = table.index, r, c
            row.append(block.index)
            col_start += len(cell) + 1
        table.cells.append(row)
        r += 1
        i += 1
    return i


def _add_notes(b: _Builder, notes: dict[str, tuple[int, str]]) -> None:
    for key, (line, text) in notes.items():
        b.block(FOOTNOTE, line, 0, text).footnote = key
    place_notes(b.doc)
