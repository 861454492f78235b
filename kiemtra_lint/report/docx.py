"""``kiemtra annotate``: a copy of a .docx with one Word comment per finding.

Each comment is anchored on exactly the flagged words: the runs are split where a
span starts or ends inside one, ``w:commentRangeStart`` goes before the first piece,
``w:commentRangeEnd`` after the last, and the ``w:commentReference`` run after that.
The comments are written straight into the XML with lxml (python-docx's
``add_comment`` anchors on whole runs of the main part only, and slows down as
comments pile up); python-docx and LibreOffice open the result.

Where Word cannot hold a comment, or the words cannot be found again exactly, the
comment is anchored on the nearest place that can, and its text says so:

* a finding inside a footnote or endnote: on the note's reference mark in the body;
* inside a text box: on the run that holds the text box;
* text with no run of its own (a list number rendered by Word, a field whose
  instruction shares a run with its result): on the whole run(s) around it;
* a finding about the whole file: on the first paragraph.

The input file is only read; the caller writes the bytes this module returns.
"""

from __future__ import annotations

import posixpath
import unicodedata
import zipfile
from copy import deepcopy
from dataclasses import dataclass, field
from io import BytesIO

from lxml import etree

from ..document import FOOTNOTE, Block, Document
from ..findings import Finding
from ..readers import ooxml as X
from ..text import is_nfc
from .locate import section_display

AUTHOR = "kiemtra-lint"
INITIALS = "KT"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed, so that the same input gives the same bytes

CRS, CRE, CREF, ANNOTATION_REF = (X.w("commentRangeStart"), X.w("commentRangeEnd"), X.w("commentReference"),
                                  X.w("annotationRef"))
_XML_SPACE = f"{{{X.XML_NS}}}space"

# How a comment ended up anchored (the keys of AnnotateStats.anchors).
EXACT, NOTE, TEXTBOX, APPROXIMATE, WHOLE_FILE = "exact", "note", "textbox", "approximate", "whole-file"

NOTES = {
    "vi": {NOTE: "Phát hiện nằm trong {note}: «{excerpt}»; nhận xét được gắn vào dấu chú thích.",
           TEXTBOX: "Phát hiện nằm trong hộp văn bản: «{excerpt}»; nhận xét được gắn vào hộp văn bản.",
           APPROXIMATE: "Vị trí gần đúng; chữ được nêu: «{excerpt}».",
           WHOLE_FILE: "Nhận xét về toàn văn bản.",
           "footnote": "chú thích {key}", "endnote": "chú thích cuối {key}",
           "also": "Xem thêm", "front": "phần đầu văn bản"},
    "en": {NOTE: "The finding is inside {note}: «{excerpt}»; the comment is anchored on the note's reference mark.",
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


class AnnotateError(Exception):
    """The copy cannot be made (not a .docx the writer understands)."""


# ---------------------------------------------------------------------------
# Runs as the walker sees them


@dataclass(slots=True)
class _Item:
    child: object  # the run's child element
    start: int  # raw code-point offset inside the run
    text: str  # what the walker reads from it ("" for marks, drawings, properties)


def _child_text(child) -> str:
    """The text the docx walker reads from one child of a ``w:r`` (see docx_walker._run)."""
    tag = child.tag
    if tag == X.T:
        return child.text or ""
    if tag == X.TAB or tag == X.PTAB:
        return "\t"
    if tag == X.BR:
        return "\n" if child.get(X.W_TYPE) in (None, "textWrapping") else ""
    if tag == X.CR:
        return "\n"
    if tag == X.NO_BREAK_HYPHEN:
        return "-"
    if tag == X.SYM:
        return X.sym_text(child.get(X.w("char")))  # as the reader reads it
    return ""


class _Run:
    """One ``w:r`` of the copy, split on demand into pieces at raw offsets."""

    __slots__ = ("element", "items", "length", "splittable", "cuts", "pieces")

    def __init__(self, element) -> None:
        self.element = element
        self.items: list[_Item] = []
        pos = 0
        self.splittable = True
        for child in element:
            if child.tag == X.FLD_CHAR:
                # the walker hides text between fldChar marks; keep such runs whole
                self.splittable = False
            text = _child_text(child)
            self.items.append(_Item(child, pos, text))
            pos += len(text)
        self.length = pos
        self.cuts: set[int] = set()
        self.pieces: list[tuple[int, int, object]] | None = None  # (start, end, element)

    def piece_text(self, item_start: int) -> _Item | None:
        for item in self.items:
            if item.text and item.start <= item_start < item.start + len(item.text):
                return item
        return None

    def split(self) -> None:
        """Replace the run by one run per interval between cuts (once, after every cut is known)."""
        cuts = sorted(c for c in self.cuts if 0 < c < self.length)
        if not cuts or not self.splittable:
            self.pieces = [(0, self.length, self.element)]
            return
        bounds = [0, *cuts, self.length]
        el = self.element
        rpr = el.find(X.RPR)
        pieces = []
        for a, b in zip(bounds, bounds[1:]):
            new = etree.Element(el.tag, dict(el.attrib), nsmap=el.nsmap)
            if rpr is not None:
                new.append(deepcopy(rpr))
            pieces.append((a, b, new))
        last = len(pieces) - 1
        for item in self.items:
            if item.child is rpr:
                continue
            end = item.start + len(item.text)
            if not item.text:  # a mark: goes with the piece it stands in
                index = next((i for i, (a, b, _) in enumerate(pieces) if a <= item.start < b), last)
                pieces[index][2].append(deepcopy(item.child))
                continue
            for a, b, new in pieces:
                lo, hi = max(a, item.start), min(b, end)
                if lo >= hi:
                    continue
                if lo == item.start and hi == end:
                    new.append(deepcopy(item.child))
                else:  # only a w:t can be cut inside: the other items are one character long
                    t = etree.SubElement(new, X.T)
                    t.text = item.text[lo - item.start:hi - item.start]
                    t.set(_XML_SPACE, "preserve")
        for _, _, new in pieces:
            el.addprevious(new)
        el.getparent().remove(el)
        self.pieces = pieces

    def piece_starting(self, at: int):
        for a, _, el in self.pieces:
            if a == at:
                return el
        return None

    def piece_ending(self, at: int):
        for _, b, el in self.pieces:
            if b == at:
                return el
        return None


def _raw_index(raw: str, k: int) -> int | None:
    """The offset in ``raw`` where the first ``k`` code points of NFC(raw) end, or None."""
    if is_nfc(raw):
        return k if 0 <= k <= len(raw) else None
    done, i = 0, 0
    while i < len(raw):
        if done == k:
            return i
        j = i + 1
        while j < len(raw) and unicodedata.combining(raw[j]):
            j += 1
        done += len(unicodedata.normalize("NFC", raw[i:j]))
        i = j
    return i if done == k else None


# ---------------------------------------------------------------------------
# Planning: from a finding's span to two run positions


@dataclass(slots=True)
class _Anchor:
    kind: str  # EXACT | NOTE | TEXTBOX | APPROXIMATE | WHOLE_FILE
    start: tuple[int, int, int] | None = None  # (para, run, raw offset) of the first character
    end: tuple[int, int, int] | None = None  # (para, run, raw offset) just after the last one
    element: object = None  # whole-element anchor (a note reference run, a text box run)


class _Planner:
    def __init__(self, doc: Document, paragraphs: list, runs: list[list], body) -> None:
        self.doc = doc
        self.paragraphs = paragraphs
        self.runs = runs
        self.body = body
        self._run_cache: dict[tuple[int, int], _Run] = {}
        self._textbox_cache: dict[int, object] = {}
        self._note_refs: dict[str, object] | None = None

    def run(self, para: int, index: int) -> _Run | None:
        key = (para, index)
        hit = self._run_cache.get(key)
        if hit is None:
            try:
                element = self.runs[para][index]
            except IndexError:
                return None
            hit = self._run_cache[key] = _Run(element)
        return hit

    def runs_used(self):
        return self._run_cache.values()

    # -- where a position of a block is in the runs ------------------------------
    def _position(self, seg, pos: int) -> tuple[int, int, int] | None:
        """(para, run, raw offset) of block position ``pos`` inside segment ``seg``."""
        run = self.run(seg.para, seg.run)
        if run is None:
            return None
        item = run.piece_text(seg.offset) if seg.end > seg.start else None
        if item is None:
            return None
        k = _raw_index(item.text, seg.offset - item.start + pos - seg.start)
        if k is None:
            return None
        return seg.para, seg.run, item.start + k

    def _text(self, start: tuple[int, int, int], end: tuple[int, int, int]) -> str | None:
        """The NFC text between two positions of the same run (None across runs)."""
        if start[:2] != end[:2]:
            return None
        run = self.run(start[0], start[1])
        raw = "".join(i.text for i in run.items)
        return unicodedata.normalize("NFC", raw[start[2]:end[2]])

    def _textbox_run(self, para: int):
        """The run in the body that holds the text box of paragraph ``para`` (None outside text boxes)."""
        if para in self._textbox_cache:
            return self._textbox_cache[para]
        holder = None
        node = self.paragraphs[para].getparent()
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
        self._textbox_cache[para] = run
        return run

    def note_reference(self, key: str):
        if self._note_refs is None:
            self._note_refs = {}
            for tag, prefix in ((X.FOOTNOTE_REFERENCE, ""), (X.ENDNOTE_REFERENCE, "e")):
                for ref in self.body.iter(tag):
                    name = prefix + (ref.get(X.W_ID) or "")
                    run = ref.getparent()
                    if name not in self._note_refs and run is not None and run.tag == X.R:
                        self._note_refs[name] = run
        return self._note_refs.get(key)

    # -- one finding ---------------------------------------------------------
    def plan(self, block: Block, start: int, end: int) -> _Anchor | None:
        if block.kind == FOOTNOTE:
            ref = self.note_reference(block.footnote or "")
            return _Anchor(NOTE, element=ref) if ref is not None else None
        real = [s for s in block.segments if s.run >= 0 and s.part == "document" and s.end > s.start]
        if not real:
            return None
        box = self._textbox_run(real[0].para)
        if box is not None:
            return _Anchor(TEXTBOX, element=box)
        if start == end:  # a point: the first segment that holds it
            seg = next((s for s in real if s.start <= start < s.end), None) or \
                next((s for s in real if s.start < start <= s.end), None)
            pos = self._position(seg, start) if seg is not None else None
            if pos is not None:
                return _Anchor(EXACT, pos, pos)
            seg = next((s for s in real if s.start >= start), real[-1])
            pos = self._position(seg, seg.start)
            return _Anchor(APPROXIMATE, pos, pos) if pos is not None else None
        inside = [s for s in real if s.start < end and s.end > start]
        exact = bool(inside) and inside[0].start <= start and inside[-1].end >= end
        if not inside:  # only synthetic text (a rendered label): the whole block
            inside, exact = real, False
        first, last = inside[0], inside[-1]
        p0 = self._position(first, max(start, first.start))
        p1 = self._position(last, min(end, last.end))
        if p0 is None or p1 is None:
            return self._whole_runs(first, last)
        if exact:
            # check the words found in the runs against the finding's own excerpt
            check = [(first, max(start, first.start), min(end, first.end))]
            if last is not first:
                check.append((last, max(start, last.start), min(end, last.end)))
            for seg, a, b in check:
                pa, pb = self._position(seg, a), self._position(seg, b)
                if pa is None or pb is None or self._text(pa, pb) != block.text[a:b]:
                    return self._whole_runs(first, last)
        return _Anchor(EXACT if exact else APPROXIMATE, p0, p1)

    def _whole_runs(self, first, last) -> _Anchor | None:
        a, b = self.run(first.para, first.run), self.run(last.para, last.run)
        if a is None or b is None:
            return None
        return _Anchor(APPROXIMATE, (first.para, first.run, 0), (last.para, last.run, b.length))


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


def _comment_element(cid: int, lines: list[str]):
    c = etree.Element(X.w("comment"))
    c.set(X.W_ID, str(cid))
    c.set(X.w("author"), AUTHOR)
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


def _serialize(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def annotate_bytes(source: str, doc: Document, findings: list[Finding], lang: str = "vi") -> tuple[bytes, AnnotateStats]:
    """The bytes of an annotated copy of ``source`` and how its comments were anchored.

    ``doc`` is the Document read from ``source`` and ``findings`` its findings (with
    places filled in by the pipeline). Raises InputError for a file that cannot be read.
    """
    from ..readers.docx_walker import PartWalker
    from ..readers.package import open_package, parse_xml
    from ..readers.styles import StyleSheet

    with open_package(source) as pkg:
        main = pkg.main_part
        root = pkg.xml(main)
        body = root.find(X.BODY) if root is not None else None
        if body is None:
            raise AnnotateError(f"{pkg.name}: không tìm thấy thân văn bản (w:body)")
        if pkg.strict:  # read through mapped namespaces; written back they would not be Strict
            raise AnnotateError(f"{pkg.name}: tệp ở dạng Strict Open XML, chưa ghi nhận xét vào được; hãy lưu lại "
                                "dưới dạng Word Document (.docx) thông thường rồi chạy lại")
        styles_part = pkg.related_part(main, "styles")
        styles = StyleSheet.from_xml(pkg.xml(styles_part) if styles_part else None)
        comments_part = pkg.related_part(main, "comments")
        comments_root = pkg.xml(comments_part) if comments_part else None
        folder, base = posixpath.split(main)
        rels_part = posixpath.join(folder, "_rels", base + ".rels")
        rels_data = pkg.read(rels_part)
        ct_data = pkg.read("[Content_Types].xml")
        names = pkg.names
        originals = {name: pkg.read(name) for name in names if name not in (main, comments_part, rels_part)}

        walker = PartWalker("document", styles, record=True)
        walker.blocks(body)

    planner = _Planner(doc, walker.paragraph_elements, walker.run_elements, body)
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
                planner.run(pos[0], pos[1]).cuts.add(pos[2])
    for run in planner.runs_used():
        run.split()

    if comments_root is None:
        comments_root = etree.Element(X.w("comments"), nsmap={"w": X.W_NS})
    next_id = _existing_ids(root, comments_root)
    first_paragraph = body.find(X.P)
    stats = AnnotateStats()
    for f, anchor in planned:
        cid = next_id
        next_id += 1
        if anchor.element is not None:
            _place(cid, anchor.element, anchor.element)
        elif anchor.start is not None:
            a = planner.run(anchor.start[0], anchor.start[1])
            b = planner.run(anchor.end[0], anchor.end[1])
            if anchor.start == anchor.end:
                el = a.piece_starting(anchor.start[2])
                if el is not None:
                    _place(cid, el, el, empty=True)
                else:
                    before = a.piece_ending(anchor.start[2])
                    _place_after(cid, before if before is not None else a.pieces[-1][2])
            else:
                first = a.piece_starting(anchor.start[2])
                last = b.piece_ending(anchor.end[2])
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
        comments_root.append(_comment_element(cid, comment_text(f, anchor.kind, lang)))
        stats.comments += 1
        stats.anchors[anchor.kind] = stats.anchors.get(anchor.kind, 0) + 1

    out: dict[str, bytes] = {main: _serialize(root)}
    if comments_part is None:
        comments_part = _free_name(folder, names)
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
        out[rels_part] = _serialize(rels_root)
    elif rels_data is not None:
        out[rels_part] = rels_data
    out[comments_part] = _serialize(comments_root)
    # the comments part needs its content type (some writers leave it out of an existing one)
    ct_root = parse_xml(ct_data, source, "[Content_Types].xml")
    declared = {(o.get("PartName") or "").lower() for o in ct_root.iter(f"{{{CT_NS}}}Override")}
    if "/" + comments_part.lower() not in declared:
        override = etree.SubElement(ct_root, f"{{{CT_NS}}}Override")
        override.set("PartName", "/" + comments_part)
        override.set("ContentType", COMMENTS_CT)
        out["[Content_Types].xml"] = _serialize(ct_root)

    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        written = set()
        for name in names:
            data = out.get(name, originals.get(name))
            if data is None:
                continue
            z.writestr(zipfile.ZipInfo(name, _ZIP_DATE), data, compress_type=zipfile.ZIP_DEFLATED)
            written.add(name)
        for name, data in out.items():
            if name not in written:
                z.writestr(zipfile.ZipInfo(name, _ZIP_DATE), data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue(), stats


def _free_name(folder: str, names: list[str]) -> str:
    taken = {n.lower() for n in names}
    candidate, n = posixpath.join(folder, "comments.xml"), 1
    while candidate.lower() in taken:
        candidate = posixpath.join(folder, f"comments{n}.xml")
        n += 1
    return candidate


def summary_line(stats: AnnotateStats, out: str, lang: str = "vi") -> str:
    """"đã ghi 37 nhận xét vào OUT.docx (2 gắn vào dấu chú thích)"."""
    vi = {NOTE: "gắn vào dấu chú thích", TEXTBOX: "gắn vào hộp văn bản", APPROXIMATE: "ở vị trí gần đúng",
          WHOLE_FILE: "về toàn văn bản"}
    en = {NOTE: "on a note's reference mark", TEXTBOX: "on a text box", APPROXIMATE: "at an approximate place",
          WHOLE_FILE: "about the whole document"}
    words = en if lang == "en" else vi
    extra = ", ".join(f"{stats.anchors[k]} {words[k]}" for k in (NOTE, TEXTBOX, APPROXIMATE, WHOLE_FILE)
                      if stats.anchors.get(k))
    if lang == "en":
        head = f"wrote {stats.comments} comment{'s' if stats.comments != 1 else ''} to {out}"
    else:
        head = f"đã ghi {stats.comments} nhận xét vào {out}"
    return f"{head} ({extra})" if extra else head
