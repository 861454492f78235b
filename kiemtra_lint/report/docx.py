"""``kiemtra annotate``: a copy of a .docx with one Word comment per finding.

Each comment is anchored on exactly the flagged words: the runs are split where a
span starts or ends inside one, ``w:commentRangeStart`` goes before the first piece,
``w:commentRangeEnd`` after the last, and the ``w:commentReference`` run after that.
The comments are written straight into the XML with lxml (python-docx's
``add_comment`` anchors on whole runs of the main part only, and slows down as
comments pile up); python-docx and LibreOffice open the result.

Where Word cannot hold a comment, or the words cannot be found again exactly, the
comment is anchored on the nearest place that can, and its text says so:

* a finding inside a footnote or endnote: a point just before the note's reference
  mark in the body.  A range *around* the mark makes LibreOffice shift the bodies of
  the notes, and a comment inside footnotes.xml (which Word accepts) makes LibreOffice
  7.4 refuse to open the file at all;
* inside a text box: on the run that holds the text box;
* text with no run of its own (a list number rendered by Word, a field whose
  instruction shares a run with its result): on the whole run(s) around it;
* a finding about the whole file: on the first paragraph.

Comments written by an earlier run (author ``kiemtra-lint``) are removed, so that
annotating an annotated copy replaces them instead of doubling them.  Each comment
carries a date (``w:date``) and the initials ``KT``.

The input file is only read; the caller writes the bytes this module returns.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from lxml import etree

from ..document import FOOTNOTE, Block, Document
from ..findings import Finding
from ..readers import ooxml as X
from .docx_copy import _XML_SPACE, AUTHOR, CopyError, DocxCopy, review_date, serialize
from .locate import section_display

INITIALS = "KT"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"

CRS, CRE, CREF, ANNOTATION_REF = (X.w("commentRangeStart"), X.w("commentRangeEnd"), X.w("commentReference"),
                                  X.w("annotationRef"))
# How a comment ended up anchored (the keys of AnnotateStats.anchors).
EXACT, NOTE, TEXTBOX, APPROXIMATE, WHOLE_FILE = "exact", "note", "textbox", "approximate", "whole-file"

NOTES = {
    "vi": {NOTE: "Phát hiện nằm trong {note}: «{excerpt}»; nhận xét được gắn ngay trước dấu chú thích.",
           TEXTBOX: "Phát hiện nằm trong hộp văn bản: «{excerpt}»; nhận xét được gắn vào hộp văn bản.",
           APPROXIMATE: "Vị trí gần đúng; chữ được nêu: «{excerpt}».",
           WHOLE_FILE: "Nhận xét về toàn văn bản.",
           "footnote": "chú thích {key}", "endnote": "chú thích cuối {key}",
           "also": "Xem thêm", "front": "phần đầu văn bản"},
    "en": {NOTE: "The finding is inside {note}: «{excerpt}»; the comment is anchored just before the note's "
                 "reference mark.",
           TEXTBOX: "The finding is inside a text box: «{excerpt}»; the comment is anchored on the text box.",
           APPROXIMATE: "Approximate place; the words flagged: «{excerpt}».",
           WHOLE_FILE: "About the whole document.",
           "footnote": "footnote {key}", "endnote": "endnote {key}",
           "also": "See also", "front": "front matter"},
}


@dataclass
class AnnotateStats:
    comments: int = 0
    anchors: dict[str, int] = field(default_factory=dict)  # EXACT/NOTE/... -> count
    replaced: int = 0  # comments of an earlier run taken out


AnnotateError = CopyError  # the name callers know


# ---------------------------------------------------------------------------
# Planning: from a finding's span to two run positions


@dataclass(slots=True)
class _Anchor:
    kind: str  # EXACT | NOTE | TEXTBOX | APPROXIMATE | WHOLE_FILE
    start: tuple[str, int, int, int] | None = None  # (part, para, run, raw offset) of the first character
    end: tuple[str, int, int, int] | None = None  # (part, para, run, raw offset) just after the last one
    element: object = None  # whole-element anchor (a text box run)
    before: object = None  # a point just before this element (a note's reference run)


class _Planner:
    """From a finding's span to positions in the runs of the copy (see DocxCopy)."""

    def __init__(self, copy: DocxCopy) -> None:
        self.copy = copy
        self.run = copy.run
        self._textbox_cache: dict[tuple[str, int], object] = {}
        self._note_refs: dict[str, object] | None = None

    def _textbox_run(self, part: str, para: int):
        """The run that holds the text box of paragraph ``para`` (None outside text boxes)."""
        key = (part, para)
        if key in self._textbox_cache:
            return self._textbox_cache[key]
        holder = None
        node = self.copy.walkers[part].paragraph_elements[para].getparent()
        while node is not None:
            if node.tag == X.TXBX_CONTENT:
                holder = node
            node = node.getparent()
        run = None
        if holder is not None:
            node = holder.getparent()
            while node is not None:
                if node.tag == X.R:
                    run = node  # keep climbing: the outermost run is in a body paragraph
                node = node.getparent()
        self._textbox_cache[key] = run
        return run

    def note_reference(self, key: str):
        if self._note_refs is None:
            self._note_refs = {}
            for tag, prefix in ((X.FOOTNOTE_REFERENCE, ""), (X.ENDNOTE_REFERENCE, "e")):
                for ref in self.copy.body.iter(tag):
                    name = prefix + (ref.get(X.W_ID) or "")
                    run = ref.getparent()
                    if name not in self._note_refs and run is not None and run.tag == X.R:
                        self._note_refs[name] = run
        return self._note_refs.get(key)

    # -- one finding ---------------------------------------------------------
    def plan(self, block: Block, start: int, end: int) -> _Anchor | None:
        if block.kind == FOOTNOTE:
            ref = self.note_reference(block.footnote or "")
            return _Anchor(NOTE, before=ref) if ref is not None else None
        real = [s for s in block.segments if s.run >= 0 and s.part == "document" and s.end > s.start]
        return self._plan_in(block, real, start, end) if real else None

    def _plan_in(self, block: Block, real: list, start: int, end: int) -> _Anchor | None:
        box = self._textbox_run(real[0].part, real[0].para)
        if box is not None:
            return _Anchor(TEXTBOX, element=box)
        if start == end:  # a point: the first segment that holds it
            seg = next((s for s in real if s.start <= start < s.end), None) or \
                next((s for s in real if s.start < start <= s.end), None)
            pos = self.copy.position(seg, start) if seg is not None else None
            if pos is not None:
                return _Anchor(EXACT, pos, pos)
            seg = next((s for s in real if s.start >= start), real[-1])
            pos = self.copy.position(seg, seg.start)
            return _Anchor(APPROXIMATE, pos, pos) if pos is not None else None
        inside = [s for s in real if s.start < end and s.end > start]
        exact = bool(inside) and inside[0].start <= start and inside[-1].end >= end
        if not inside:  # only synthetic text (a rendered label): the whole block
            inside, exact = real, False
        first, last = inside[0], inside[-1]
        p0 = self.copy.position(first, max(start, first.start))
        p1 = self.copy.position(last, min(end, last.end))
        if p0 is None or p1 is None:
            return self._whole_runs(first, last)
        if exact:
            # check the words found in the runs against the finding's own excerpt
            check = [(first, max(start, first.start), min(end, first.end))]
            if last is not first:
                check.append((last, max(start, last.start), min(end, last.end)))
            for seg, a, b in check:
                pa, pb = self.copy.position(seg, a), self.copy.position(seg, b)
                if pa is None or pb is None or self.copy.text_between(pa, pb) != block.text[a:b]:
                    return self._whole_runs(first, last)
        return _Anchor(EXACT if exact else APPROXIMATE, p0, p1)

    def _whole_runs(self, first, last) -> _Anchor | None:
        a, b = self.run(first.part, first.para, first.run), self.run(last.part, last.para, last.run)
        if a is None or b is None:
            return None
        return _Anchor(APPROXIMATE, (first.part, first.para, first.run, 0), (last.part, last.para, last.run, b.length))


# ---------------------------------------------------------------------------
# Writing


def _clean(text: str) -> str:
    """XML 1.0 has no place for most control characters."""
    return "".join(ch for ch in text if ch in "\t\n" or ord(ch) >= 0x20)


def comment_text(f: Finding, kind: str, lang: str) -> list[str]:
    """The lines of the comment for ``f``: the code and message first."""
    words = NOTES["en" if lang == "en" else "vi"]
    lines = [f"{f.rule}: {f.message.get(lang)}"]
    place = f.place or {}
    excerpt = place.get("excerpt", "")
    if kind == NOTE:
        key = (place.get("location") or {}).get("footnote") or ""
        note = words["endnote"].format(key=key[1:]) if key.startswith("e") else words["footnote"].format(key=key)
        lines.append(words[NOTE].format(note=note, excerpt=excerpt))
    elif kind in (TEXTBOX, APPROXIMATE):
        lines.append(words[kind].format(excerpt=excerpt))
    elif kind == WHOLE_FILE:
        lines.append(words[WHOLE_FILE])
    for rp in f.related_places:
        where = section_display(rp["location"]["section"]) or words["front"]
        lines.append(f"{words['also']} {where}: «{rp['excerpt']}»")
    return [_clean(line) for line in lines]


def _comment_element(cid: int, lines: list[str], date: str):
    c = etree.Element(X.w("comment"))
    c.set(X.W_ID, str(cid))
    c.set(X.w("author"), AUTHOR)
    c.set(X.w("date"), date)
    c.set(X.w("initials"), INITIALS)
    for i, line in enumerate(lines):
        p = etree.SubElement(c, X.P)
        if i == 0:
            etree.SubElement(etree.SubElement(p, X.R), ANNOTATION_REF)
        for j, chunk in enumerate(line.split("\n")):
            r = etree.SubElement(p, X.R)
            if j:
                etree.SubElement(r, X.BR)
            t = etree.SubElement(r, X.T)
            t.text = chunk
            t.set(_XML_SPACE, "preserve")
    return c


def _marker(tag: str, cid: int):
    el = etree.Element(tag)
    el.set(X.W_ID, str(cid))
    return el


def _reference_run(cid: int):
    r = etree.Element(X.R)
    etree.SubElement(r, CREF).set(X.W_ID, str(cid))
    return r


def _paragraph_child(el):
    """``el`` or its ancestor that sits directly in a ``w:p``."""
    node = el
    while node.getparent() is not None and node.getparent().tag != X.P:
        node = node.getparent()
    return node


def _place(cid: int, first, last, empty: bool = False) -> None:
    """Range markers around ``first``..``last`` (before ``first`` only, for a point) and the reference."""
    start, end = _marker(CRS, cid), _marker(CRE, cid)
    if empty:
        first.addprevious(start)
        start.addnext(end)
    else:
        first.addprevious(start)
        last.addnext(end)
    if end.getparent().tag == X.P:
        end.addnext(_reference_run(cid))
    else:
        _paragraph_child(end).addnext(_reference_run(cid))


def _place_after(cid: int, el) -> None:
    """A point comment right after ``el`` (a run that is the last piece before the point)."""
    start, end = _marker(CRS, cid), _marker(CRE, cid)
    el.addnext(start)
    start.addnext(end)
    if end.getparent().tag == X.P:
        end.addnext(_reference_run(cid))
    else:
        _paragraph_child(end).addnext(_reference_run(cid))


def _existing_ids(*roots) -> int:
    top = -1
    for root in roots:
        if root is None:
            continue
        for tag in (X.w("comment"), CRS, CRE, CREF):
            for el in root.iter(tag):
                try:
                    top = max(top, int(el.get(X.W_ID) or ""))
                except ValueError:
                    pass
    return top + 1


def _remove_own_comments(comments_root, trees) -> int:
    """Take out the comments an earlier run wrote (author kiemtra-lint) with their ranges and
    reference runs, so that annotating an annotated copy replaces them; how many went."""
    own = {c.get(X.W_ID) for c in comments_root.iter(X.w("comment")) if c.get(X.w("author")) == AUTHOR}
    if not own:
        return 0
    for c in list(comments_root.iter(X.w("comment"))):
        if c.get(X.W_ID) in own:
            c.getparent().remove(c)
    for tree in trees:
        for el in list(tree.iter(CRS, CRE, CREF)):
            if el.get(X.W_ID) not in own:
                continue
            parent = el.getparent()
            parent.remove(el)
            if el.tag == CREF and parent.tag == X.R and all(child.tag == X.RPR for child in parent):
                parent.getparent().remove(parent)
    return len(own)


def annotate_bytes(source: str, doc: Document, findings: list[Finding], lang: str = "vi") -> tuple[bytes, AnnotateStats]:
    """The bytes of an annotated copy of ``source`` and how its comments were anchored.

    ``doc`` is the Document read from ``source`` and ``findings`` its findings (with
    places filled in by the pipeline). Raises InputError for a file that cannot be read.
    """
    from ..readers.package import parse_xml

    copy = DocxCopy(source)
    body = copy.body
    planner = _Planner(copy)
    planned: list[tuple[Finding, _Anchor]] = []
    first_block = next((b for b in doc.blocks if b.kind != FOOTNOTE and any(s.run >= 0 for s in b.segments)), None)
    for f in findings:
        anchor = None
        if f.span is not None and 0 <= f.span.block < len(doc.blocks):
            block = doc.blocks[f.span.block]
            anchor = planner.plan(block, f.span.start, f.span.end)
        if anchor is None and first_block is not None:
            anchor = planner.plan(first_block, 0, len(first_block.text))
            if anchor is not None:
                anchor.kind = WHOLE_FILE
        if anchor is None:
            anchor = _Anchor(WHOLE_FILE)
        planned.append((f, anchor))
        for pos in (anchor.start, anchor.end):
            if pos is not None:
                copy.run(*pos[:3]).cuts.add(pos[3])
    copy.split_runs()

    comments_root = copy.comments_root
    if comments_root is None:
        comments_root = etree.Element(X.w("comments"), nsmap={"w": X.W_NS})
    stats = AnnotateStats(replaced=_remove_own_comments(comments_root, copy.trees.values()))
    next_id = _existing_ids(*copy.trees.values(), comments_root)
    first_paragraph = body.find(X.P)
    date = review_date()
    for f, anchor in planned:
        cid = next_id
        next_id += 1
        if anchor.element is not None:
            _place(cid, anchor.element, anchor.element)
        elif anchor.before is not None:
            _place(cid, anchor.before, anchor.before, empty=True)
        elif anchor.start is not None:
            a = copy.run(*anchor.start[:3])
            b = copy.run(*anchor.end[:3])
            if anchor.start == anchor.end:
                el = a.piece_starting(anchor.start[3])
                if el is not None:
                    _place(cid, el, el, empty=True)
                else:
                    before = a.piece_ending(anchor.start[3])
                    _place_after(cid, before if before is not None else a.pieces[-1][2])
            else:
                first = a.piece_starting(anchor.start[3])
                last = b.piece_ending(anchor.end[3])
                _place(cid, first if first is not None else a.pieces[0][2],
                       last if last is not None else b.pieces[-1][2])
        else:  # nothing to hold it: the start of the first paragraph, or the end of the body
            holder = first_paragraph if first_paragraph is not None else etree.SubElement(body, X.P)
            ppr = holder.find(X.PPR)
            start = _marker(CRS, cid)
            if ppr is not None:
                ppr.addnext(start)
            else:
                holder.insert(0, start)
            end = _marker(CRE, cid)
            start.addnext(end)
            end.addnext(_reference_run(cid))
        comments_root.append(_comment_element(cid, comment_text(f, anchor.kind, lang), date))
        stats.comments += 1
        stats.anchors[anchor.kind] = stats.anchors.get(anchor.kind, 0) + 1

    out: dict[str, bytes] = {}
    comments_part = copy.comments_part
    rels_part, folder = copy.rels_part, copy.folder
    rels_data = copy.originals.get(rels_part)
    if comments_part is None:
        comments_part = _free_name(folder, copy.names)
        rels_root = parse_xml(rels_data, source, rels_part) if rels_data else etree.Element(
            f"{{{RELS_NS}}}Relationships", nsmap={None: RELS_NS})
        ids = {r.get("Id") for r in rels_root}
        n = 1
        while f"rId{n}" in ids:
            n += 1
        rel = etree.SubElement(rels_root, f"{{{RELS_NS}}}Relationship")
        rel.set("Id", f"rId{n}")
        rel.set("Type", COMMENTS_REL)
        rel.set("Target", posixpath.relpath(comments_part, folder or "."))
        out[rels_part] = serialize(rels_root)
    out[comments_part] = serialize(comments_root)
    # the comments part needs its content type (some writers leave it out of an existing one)
    ct_root = parse_xml(copy.originals["[Content_Types].xml"], source, "[Content_Types].xml")
    declared = {(o.get("PartName") or "").lower() for o in ct_root.iter(f"{{{CT_NS}}}Override")}
    if "/" + comments_part.lower() not in declared:
        override = etree.SubElement(ct_root, f"{{{CT_NS}}}Override")
        override.set("PartName", "/" + comments_part)
        override.set("ContentType", COMMENTS_CT)
        out["[Content_Types].xml"] = serialize(ct_root)
    return copy.package_bytes(out), stats


def _free_name(folder: str, names: list[str]) -> str:
    taken = {n.lower() for n in names}
    candidate, n = posixpath.join(folder, "comments.xml"), 1
    while candidate.lower() in taken:
        candidate = posixpath.join(folder, f"comments{n}.xml")
        n += 1
    return candidate


def summary_line(stats: AnnotateStats, out: str, lang: str = "vi") -> str:
    """"đã ghi 37 nhận xét vào OUT.docx (2 gắn vào dấu chú thích)"."""
    vi = {NOTE: "gắn ngay trước dấu chú thích", TEXTBOX: "gắn vào hộp văn bản", APPROXIMATE: "ở vị trí gần đúng",
          WHOLE_FILE: "về toàn văn bản"}
    en = {NOTE: "just before a note's reference mark", TEXTBOX: "on a text box", APPROXIMATE: "at an approximate place",
          WHOLE_FILE: "about the whole document"}
    words = en if lang == "en" else vi
    extra = ", ".join(f"{stats.anchors[k]} {words[k]}" for k in (NOTE, TEXTBOX, APPROXIMATE, WHOLE_FILE)
                      if stats.anchors.get(k))
    if lang == "en":
        head = f"wrote {stats.comments} comment{'s' if stats.comments != 1 else ''} to {out}"
        if stats.replaced:
            head += f", in place of the {stats.replaced} written by an earlier run"
    else:
        head = f"đã ghi {stats.comments} nhận xét vào {out}"
        if stats.replaced:
            head += f", thay cho {stats.replaced} nhận xét của lần chạy trước"
    return f"{head} ({extra})" if extra else head
