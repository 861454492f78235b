"""Read a .docx (.docm, .dotx) into a Document.

The package is opened with :mod:`.package` (safe zip + XML), the parts are walked
with :mod:`.docx_walker`, list labels come from :mod:`.numbering`; this module
assembles the blocks in reading order: body paragraphs and table cells, text
boxes after their anchor paragraph, and each footnote or endnote right after
the block that first refers to it.
"""

from __future__ import annotations

from ..document import (FOOTNOTE, PARAGRAPH, TABLE_CELL, Block, Comment, Diagnostic, Document, NoteRef,
                        Segment, Table)
from . import ooxml as X
from .docx_walker import PartWalker, RawParagraph, RawTable
from .numbering import Numbering
from .notes import place_notes
from .package import open_package
from .styles import StyleSheet


def read_docx(path: str) -> Document:
    """Read the draft at ``path``."""
    with open_package(path) as pkg:
        main = pkg.main_part
        root = pkg.xml(main)
        styles = StyleSheet.from_xml(_related_xml(pkg, main, "styles"))
        numbering = Numbering.from_xml(_related_xml(pkg, main, "numbering"), styles)
        body = root.find(X.BODY) if root is not None else None
        walker = PartWalker("document", styles)
        items = walker.blocks(body) if body is not None else []
        notes: dict[str, list[RawParagraph]] = {}
        note_walkers = []
        for kind, tag, prefix in (("footnotes", X.FOOTNOTE, ""), ("endnotes", X.ENDNOTE, "e")):
            notes_root = _related_xml(pkg, main, kind)
            if notes_root is None:
                continue
            nw = PartWalker(kind, styles)
            note_walkers.append(nw)
            for note in notes_root.iter(tag):
                if note.get(X.W_TYPE) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                notes[prefix + (note.get(X.W_ID) or "")] = _paragraphs(nw.blocks(note))
        comments_root = _related_xml(pkg, main, "comments")
        comment_texts = _comment_texts(comments_root, styles) if comments_root is not None else {}

    doc = Document(path=str(path), format="docx")
    assembler = _Assembler(doc, styles, numbering)
    for item in items:
        assembler.add(item)
    assembler.flush()
    assembler.add_notes(notes)
    assembler.attach_comments(comment_texts)
    doc.tracked_changes = walker.tracked_changes + sum(nw.tracked_changes for nw in note_walkers)
    doc.fonts = dict(walker.fonts)
    _diagnose_tracked_changes(doc)
    return doc


def _related_xml(pkg, source: str, kind: str):
    name = pkg.related_part(source, kind)
    return pkg.xml(name) if name else None


def _paragraphs(items: list) -> list[RawParagraph]:
    out: list[RawParagraph] = []
    for item in items:
        if isinstance(item, RawParagraph):
            out.append(item)
        else:
            for row in item.rows:
                for cell in row:
                    out.extend(_paragraphs(cell.items))
    return out


def _comment_texts(root, styles) -> dict[str, tuple[str, str]]:
    walker = PartWalker("comments", styles)
    out = {}
    for c in root.iter(X.COMMENT):
        text = "\n".join(p.text for p in _paragraphs(walker.blocks(c)))
        out[c.get(X.W_ID) or ""] = (c.get(X.w("author")) or "", text.strip())
    return out


def _strip(text: str) -> tuple[str, int]:
    """``text`` without surrounding whitespace, and how many characters went at the front."""
    if text and not text[0].isspace() and not text[-1].isspace():
        return text, 0
    lead = len(text) - len(text.lstrip())
    return text.strip(), lead


def _shift(segments: list[Segment], delta: int, limit: int) -> list[Segment]:
    out = []
    for s in segments:
        start, end = max(0, s.start - delta), min(limit, s.end - delta)
        if end > start:
            out.append(Segment(start, end, s.part, s.para, s.run, s.offset + max(0, delta - s.start)))
    return out


class _Assembler:
    def __init__(self, doc: Document, styles: StyleSheet, numbering: Numbering) -> None:
        self.doc = doc
        self.styles = styles
        self.numbering = numbering
        self.pending: RawParagraph | None = None  # paragraph whose mark was deleted
        self.comment_marks: list[tuple[str, str, int, int]] = []  # kind, id, block, offset

    # -- body ------------------------------------------------------------------
    def add(self, item) -> None:
        if isinstance(item, RawTable):
            self.flush()
            self.table(item, nested_in=None)
        else:
            self.paragraph(item)

    def flush(self) -> None:
        if self.pending is not None:
            raw, self.pending = self.pending, None
            raw.merge_next = False
            self.paragraph(raw)

    def paragraph(self, raw: RawParagraph) -> None:
        if self.pending is not None:
            raw = _merge(self.pending, raw)
            self.pending = None
        if raw.merge_next:
            self.pending = raw
            return
        style = self.styles.paragraph(raw.style_id)
        label = self._list_label(raw)
        if raw.text.strip() or raw.note_refs:
            block = self._new_block(PARAGRAPH, raw)
            block.style = self.styles.name(raw.style_id) if raw.style_id else None
            block.outline_level = raw.outline_level if raw.outline_level is not None else (
                style.heading_level if style.heading_level is not None else style.outline_level)
            block.bold = raw.bold
            block.all_caps = raw.caps
            block.centered = raw.centered if raw.centered is not None else style.centered
            if label is not None:
                block.list_label = label.text or None
                block.is_bullet = label.is_bullet
                block.list_level = self._ilvl
        for box in raw.textboxes:
            if box.text.strip():
                self._new_block(PARAGRAPH, box).in_textbox = True

    def _list_label(self, raw: RawParagraph):
        self._ilvl = None
        resolved = self.numbering.resolve(raw.num_id, raw.ilvl, raw.style_id)
        if resolved is None:
            return None
        num_id, ilvl = resolved
        self._ilvl = ilvl
        return self.numbering.next_label(num_id, ilvl)

    def _new_block(self, kind: str, raw: RawParagraph, text: str | None = None,
                   segments: list[Segment] | None = None) -> Block:
        text = raw.text if text is None else text
        segments = raw.segments if segments is None else segments
        stripped, lead = _strip(text)
        block = Block(index=len(self.doc.blocks), kind=kind, text=stripped,
                      segments=_shift(segments, lead, len(stripped)) if lead or len(stripped) != len(text) else segments)
        if raw.denormalized:
            block.denormalized = [(max(0, s - lead), min(len(stripped), e - lead)) for s, e in raw.denormalized
                                  if min(len(stripped), e - lead) > max(0, s - lead)]
        if raw.note_refs:
            block.note_refs = [NoteRef(min(len(stripped), max(0, off - lead)), key) for off, key in raw.note_refs]
        for kind_, cid, off in raw.comment_marks:
            self.comment_marks.append((kind_, cid, block.index, min(len(stripped), max(0, off - lead))))
        self.doc.blocks.append(block)
        return block

    def table(self, raw: RawTable, nested_in: int | None) -> None:
        table = Table(index=len(self.doc.tables), cells=[], nested_in=nested_in)
        self.doc.tables.append(table)
        width = max((c.col + c.span for row in raw.rows for c in row), default=0)
        nested: list[RawTable] = []
        for r, row in enumerate(raw.rows):
            grid: list[int | None] = [None] * width
            for cell in row:
                paragraphs = []
                for item in cell.items:
                    if isinstance(item, RawParagraph):
                        paragraphs.append(item)
                    else:
                        nested.append(item)  # a RawTable
                if cell.vmerge == "continue":
                    for p in paragraphs:  # keep the counters of numbered paragraphs right
                        self._list_label(p)
                    continue
                merged = self._joined(paragraphs, numbered=True)
                block = self._new_block(TABLE_CELL, merged)
                block.table, block.row, block.col = table.index, r, cell.col
                if cell.col < width:
                    grid[cell.col] = block.index
                for p in paragraphs:
                    for box in p.textboxes:
                        if box.text.strip():
                            self._new_block(PARAGRAPH, box).in_textbox = True
            table.cells.append(grid)
        for inner in nested:
            self.table(inner, nested_in=table.index)

    # -- notes and comments --------------------------------------------------
    def add_notes(self, notes: dict[str, list[RawParagraph]]) -> None:
        for key, paragraphs in notes.items():
            self._new_block(FOOTNOTE, self._joined(paragraphs)).footnote = key
        old_to_new = place_notes(self.doc)
        self.comment_marks = [(k, cid, old_to_new[b], off) for k, cid, b, off in self.comment_marks]

    def _joined(self, paragraphs: list[RawParagraph], numbered: bool = False) -> RawParagraph:
        """One RawParagraph for a cell or a note: its paragraphs joined by line breaks;
        with ``numbered``, each numbered paragraph gets its rendered label in front."""
        prefixes = [self._label_prefix(p) if numbered else "" for p in paragraphs]
        if len(paragraphs) == 1 and not prefixes[0] and paragraphs[0].text.strip():
            return paragraphs[0]  # nothing to join: the paragraph's text and maps are the cell's
        merged = RawParagraph(paragraphs[0].part if paragraphs else "document",
                              paragraphs[0].ordinal if paragraphs else -1)
        pieces: list[str] = []
        length = 0
        for p, prefix in zip(paragraphs, prefixes):
            if not p.text.strip() and not prefix:
                continue
            if pieces:
                pieces.append("\n")
                length += 1
            if prefix:
                merged.segments.append(Segment(length, length + len(prefix), p.part, p.ordinal, -1, 0))
                pieces.append(prefix)
                length += len(prefix)
            _append(merged, p, length)
            pieces.append(p.text)
            length += len(p.text)
            merged.visible_chars += p.visible_chars
            merged.bold_chars += p.bold_chars
        merged.text = "".join(pieces)
        return merged

    def _label_prefix(self, p: RawParagraph) -> str:
        """The rendered label a numbered paragraph of a cell shows in front ("" for none or a bullet);
        counts the paragraph in its list either way."""
        label = self._list_label(p)
        if label is not None and label.text and not label.is_bullet:
            return label.text + (label.suffix if label.suffix and label.suffix != "\t" else " ")
        return ""

    def attach_comments(self, texts: dict[str, tuple[str, str]]) -> None:
        starts: dict[str, tuple[int, int]] = {}
        for kind, cid, block, offset in self.comment_marks:
            if kind == "start":
                starts[cid] = (block, offset)
            elif cid in starts:
                sb, so = starts.pop(cid)
                end = offset if block == sb else len(self.doc.blocks[sb].text)
                author, text = texts.get(cid, ("", ""))
                self.doc.comments.append(Comment(cid, author, text, sb, so, max(so, end)))


def _append(merged: RawParagraph, p: RawParagraph, at: int) -> None:
    """Add ``p``'s offset lists to ``merged``'s, shifted by ``at``.

    Unshifted, ``p``'s Segment objects themselves are taken: a raw paragraph is assembled once.
    """
    if not at:
        merged.segments.extend(p.segments)
        merged.denormalized.extend(p.denormalized)
        merged.note_refs.extend(p.note_refs)
        merged.comment_marks.extend(p.comment_marks)
    else:
        merged.segments.extend([Segment(s.start + at, s.end + at, s.part, s.para, s.run, s.offset)
                                for s in p.segments])
        if p.denormalized:
            merged.denormalized.extend([(s + at, e + at) for s, e in p.denormalized])
        if p.note_refs:
            merged.note_refs.extend([(off + at, key) for off, key in p.note_refs])
        if p.comment_marks:
            merged.comment_marks.extend([(k, cid, off + at) for k, cid, off in p.comment_marks])
    merged.textboxes.extend(p.textboxes)


def _merge(first: RawParagraph, second: RawParagraph) -> RawParagraph:
    """Join two paragraphs whose separating mark was deleted (tracked)."""
    merged = RawParagraph(first.part, first.ordinal, style_id=first.style_id, num_id=first.num_id,
                          ilvl=first.ilvl, outline_level=first.outline_level, centered=first.centered,
                          merge_next=second.merge_next)
    _append(merged, first, 0)
    _append(merged, second, len(first.text))
    merged.text = first.text + second.text
    merged.visible_chars = first.visible_chars + second.visible_chars
    merged.bold_chars = first.bold_chars + second.bold_chars
    merged.caps_chars = first.caps_chars + second.caps_chars
    return merged


def _diagnose_tracked_changes(doc: Document) -> None:
    if doc.tracked_changes:
        n = doc.tracked_changes
        doc.diagnostics.append(Diagnostic(
            "KT004", f"Bản thảo còn {n} thay đổi được theo dõi (Track Changes) chưa chấp nhận hoặc từ chối; "
                     "văn bản được kiểm tra như thể đã chấp nhận tất cả",
            f"The draft still has {n} tracked changes; it was checked as if all were accepted"))
