"""Read .md and .txt drafts into the same model as .docx.

Each non-empty line is a paragraph (a Markdown paragraph may wrap over several
lines; they are joined with a space).  Markdown adds: ``#`` headings (outline
levels), ``**bold**`` whole lines, ``|`` tables, footnotes ``[^1]`` /
``[^1]: text`` and HTML comments (kept as comments, for suppressions).
Segments record the source line (``para``) and column (``offset``) so that CI
outputs can point at a line.
"""

from __future__ import annotations

import bisect
import codecs
from pathlib import Path

import regex

from ..document import FOOTNOTE, PARAGRAPH, TABLE_CELL, Block, Comment, Document, NoteRef, Segment, Table
from ..errors import InputError
from ..files import display_path, open_regular
from ..text import UNREADABLE, nfc, replace_unreadable
from .notes import place_notes

MAX_TEXT_BYTES = 64 * 1024 * 1024

_ATX = regex.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_LINE = regex.compile(r"^\*\*(.+)\*\*:?$")
# Every pattern runs in time linear in its line: a note key stops at the next "[" (else
# "[^" x 40,000 is tried from each of its starts to the end), the spaces of a table rule are
# taken possessively (else 20,000 of them are split between two \s* every way there is).
_NOTE_DEF = regex.compile(r"^\[\^([^\]\s\[]+)\]:\s*(.*)$")
_NOTE_REF = regex.compile(r"\[\^([^\]\s\[]+)\]")
_TABLE_ROW = regex.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = regex.compile(r"^\s*+\|?\s*+:?-{2,}+:?\s*+(?:\|\s*+:?-{2,}+:?\s*+)*+\|?\s*+$")
COMMENT_OPEN, COMMENT_CLOSE = "<!--", "-->"


# Byte order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
#: Past one bad byte in this many, a text file is taken to be in another encoding and refused.
MAX_BAD_BYTES_RATIO = 100


def decode(data: bytes, name: str) -> str:
    """The text of a text file: UTF-8, or UTF-16/UTF-32 with a byte order mark.

    What cannot be decoded (a stray byte, a lone surrogate, an odd last byte of UTF-16) is
    read as U+FFFD, which the input rules report (KT005), and the rest is checked; a file
    with more than one bad byte in a hundred is in another encoding and refused.
    """
    encoding = "utf-8"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom):], enc
            break
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode(encoding, errors="replace")
    if encoding == "utf-8" and (text.count(UNREADABLE) - data.count(UNREADABLE.encode())) * MAX_BAD_BYTES_RATIO \
            > len(data):
        raise InputError(
            f"{name}: không đọc được: tệp văn bản không ở mã UTF-8 (byte lạ ở vị trí {first}); "
            "hãy lưu lại với mã UTF-8",
            f"{name}: cannot read: the text file is not UTF-8 (bad byte at {first}); save it as UTF-8") from None
    return text


def read_text(path: str) -> Document:
    p = Path(path)
    name = display_path(p.name)
    with open_regular(str(path)) as fh:
        try:
            data = fh.read(MAX_TEXT_BYTES + 1)  # the bytes read are bounded, whatever the size says
        except OSError as exc:
            raise InputError(f"{name}: không đọc được: lỗi khi đọc tệp ({exc.strerror})",
                             f"{name}: cannot read: error while reading the file ({exc.strerror})") from None
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(f"{name}: không đọc được: tệp quá lớn (hơn {MAX_TEXT_BYTES // 1048576} MB)",
                         f"{name}: cannot read: the file is too large (over {MAX_TEXT_BYTES // 1048576} MB)")
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n")
    fmt = "md" if p.suffix.lower() in (".md", ".markdown") else "txt"
    return parse_text(replace_unreadable(text), str(path), fmt)


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
    closers = _Closers(lines)
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
        if COMMENT_OPEN in line:
            last = closers.last_line(i, line)
            full = line if last == i else "\n".join(lines[i:last + 1])
            i = last
            line, bodies = _take_comments(full)
            for body in bodies:
                comment_count += 1
                b.pending_comments.append((f"c{comment_count}", body))
            line = line.split("\n")[-1]
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


class _Closers:
    """Where the HTML comment opened on a line ends: the lines holding "-->" are found once,
    so that a draft of 40,000 lines each opening a comment is read in linear time."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._with_close: list[int] | None = None

    def last_line(self, i: int, line: str) -> int:
        """The line where the first comment opened on line ``i`` closes; ``i`` itself when it
        closes there or never does (an unclosed "<!--" is text, not a comment hiding the rest)."""
        opened = line.find(COMMENT_OPEN)
        if line.find(COMMENT_CLOSE, opened + len(COMMENT_OPEN)) >= 0:
            return i
        if self._with_close is None:
            self._with_close = [k for k, text in enumerate(self._lines) if COMMENT_CLOSE in text]
        at = bisect.bisect_right(self._with_close, i)
        return self._with_close[at] if at < len(self._with_close) else i


def _take_comments(text: str) -> tuple[str, list[str]]:
    """``text`` with each closed HTML comment blanked out (spaces, so columns keep), and the
    comments' bodies; one pass with str.find, an unclosed "<!--" left as it is."""
    pieces: list[str] = []
    bodies: list[str] = []
    pos = 0
    while True:
        opened = text.find(COMMENT_OPEN, pos)
        closed = text.find(COMMENT_CLOSE, opened + len(COMMENT_OPEN)) if opened >= 0 else -1
        if closed < 0:
            break
        end = closed + len(COMMENT_CLOSE)
        pieces.append(text[pos:opened])
        pieces.append(" " * (end - opened))
        bodies.append(text[opened + len(COMMENT_OPEN):closed].strip())
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces), bodies


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
