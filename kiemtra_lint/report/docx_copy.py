"""A copy of a .docx to write into: the parts walked as the reader walks them, runs split on demand.

Both writers of Word copies use it: ``kiemtra annotate`` (comments, report/docx.py) and
``kiemtra fix`` (tracked changes, report/fix_docx.py).  :class:`DocxCopy` opens the
package once, walks the body, the footnotes and the endnotes with record-mode walkers
in the reader's order (so a Segment's ``(part, para, run)`` names the very ``w:r`` its
text came from), and writes the package back with the changed parts, byte-for-byte
the same for the same input.
"""

from __future__ import annotations

import datetime as _dt
import os
import posixpath
import unicodedata
import zipfile
from copy import deepcopy
from dataclasses import dataclass
from io import BytesIO

from lxml import etree

from ..readers import ooxml as X
from ..text import is_nfc

AUTHOR = "kiemtra-lint"
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed, so that the same input gives the same bytes
_XML_SPACE = f"{{{X.XML_NS}}}space"
NOTE_KINDS = (("footnotes", X.FOOTNOTE, ""), ("endnotes", X.ENDNOTE, "e"))
_SEPARATOR_TYPES = ("separator", "continuationSeparator", "continuationNotice")


class CopyError(Exception):
    """The copy cannot be made (not a .docx the writer understands)."""


class CopyRefused(Exception):
    """Why a Word copy of a draft was not made: ``code`` (KT001/KT002...) and ``msg`` (a Msg)."""

    def __init__(self, code: str, msg) -> None:
        super().__init__(msg.vi)
        self.code, self.msg = code, msg


def word_copy(path: str, settings, make):
    """``make(path, result, lang)`` on the draft at ``path`` checked with its document kept:
    what ``kiemtra annotate``/``fix`` and the serve page's copies share.  Every failure (the
    draft cannot be read, the copy cannot be written) is a CopyRefused, never a traceback."""
    from ..errors import InputError
    from ..findings import Msg
    from ..lint import lint_file

    result = lint_file(path, settings, keep_document=True)
    if result.error is not None:
        raise CopyRefused(result.error_code or "KT001", result.error)
    try:
        return make(path, result, settings.lang)
    except InputError as exc:
        raise CopyRefused(exc.code, Msg(exc.message_vi, exc.message_en)) from None
    except CopyError as exc:
        raise CopyRefused("KT001", Msg(str(exc), str(exc))) from None


def review_date() -> str:
    """The date written on comments and tracked changes (``w:date``): now, in UTC, to the
    second; ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention) pins it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    when = (_dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc) if epoch.isdigit()
            else _dt.datetime.now(_dt.timezone.utc))
    return when.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def serialize(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)




@dataclass(slots=True)
class _Item:
    child: object  # the run's child element
    start: int  # raw code-point offset inside the run
    text: str  # what the walker reads from it ("" for marks, drawings, properties)


def child_text(child) -> str:
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


class Run:
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
            text = child_text(child)
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


def raw_index(raw: str, k: int) -> int | None:
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


class DocxCopy:
    """The parts of ``source`` as XML trees to change, and the package to write them back into."""

    def __init__(self, source: str) -> None:
        from ..readers.docx_walker import PartWalker
        from ..readers.package import open_package
        from ..readers.styles import StyleSheet

        self.source = source
        with open_package(source) as pkg:
            self.main = pkg.main_part
            self.root = pkg.xml(self.main)
            self.body = self.root.find(X.BODY) if self.root is not None else None
            if self.body is None:
                raise CopyError(f"{pkg.name}: không tìm thấy thân văn bản (w:body)")
            if pkg.strict:  # read through mapped namespaces; written back they would not be Strict
                raise CopyError(f"{pkg.name}: tệp ở dạng Strict Open XML, chưa ghi được bản sao; hãy lưu lại "
                                "dưới dạng Word Document (.docx) thông thường rồi chạy lại")
            styles_part = pkg.related_part(self.main, "styles")
            styles = StyleSheet.from_xml(pkg.xml(styles_part) if styles_part else None)
            self.walkers = {"document": PartWalker("document", styles, record=True)}
            self.walkers["document"].blocks(self.body)
            self.trees = {self.main: self.root}  # part name -> the tree written back
            self.note_parts: dict[str, str] = {}  # "footnotes" -> its part name
            for kind, tag, _ in NOTE_KINDS:
                name = pkg.related_part(self.main, kind)
                notes_root = pkg.xml(name) if name else None
                if notes_root is None:
                    continue
                walker = self.walkers[kind] = PartWalker(kind, styles, record=True)
                for note in notes_root.iter(tag):
                    if note.get(X.W_TYPE) not in _SEPARATOR_TYPES:
                        walker.blocks(note)
                self.trees[name] = notes_root
                self.note_parts[kind] = name
            self.comments_part = pkg.related_part(self.main, "comments")
            self.comments_root = pkg.xml(self.comments_part) if self.comments_part else None
            folder, base = posixpath.split(self.main)
            self.folder = folder
            self.rels_part = posixpath.join(folder, "_rels", base + ".rels")
            self.names = pkg.names
            self.originals = {name: pkg.read(name) for name in self.names}
        self._runs: dict[tuple[str, int, int], Run] = {}

    def run(self, part: str, para: int, index: int) -> "Run | None":
        """The run ``index`` of paragraph ``para`` of ``part`` (as a Segment names it)."""
        key = (part, para, index)
        hit = self._runs.get(key)
        if hit is None:
            walker = self.walkers.get(part)
            try:
                element = walker.run_elements[para][index]
            except (AttributeError, IndexError):
                return None
            hit = self._runs[key] = Run(element)
        return hit

    # -- where a position of a block is in the runs ------------------------------
    def position(self, seg, pos: int) -> tuple[str, int, int, int] | None:
        """(part, para, run, raw offset) of block position ``pos`` inside segment ``seg``."""
        run = self.run(seg.part, seg.para, seg.run)
        if run is None:
            return None
        item = run.piece_text(seg.offset) if seg.end > seg.start else None
        if item is None:
            return None
        k = raw_index(item.text, seg.offset - item.start + pos - seg.start)
        if k is None:
            return None
        return seg.part, seg.para, seg.run, item.start + k

    def text_between(self, start: tuple, end: tuple) -> str | None:
        """The NFC text between two positions of the same run (None across runs)."""
        if start[:3] != end[:3]:
            return None
        run = self.run(*start[:3])
        raw = "".join(i.text for i in run.items)
        return unicodedata.normalize("NFC", raw[start[3]:end[3]])

    def exact_pieces(self, block, start: int, end: int) -> list[tuple[tuple, tuple]] | None:
        """For ``block.text[start:end]``, the (from, to) positions in each run that holds a part
        of it, checked against the block's text; None unless every character comes from a run
        of one paragraph of a walked part (a list number Word renders, text across paragraphs,
        or a field is never touched).  An empty span gives one (at, at) pair."""
        segments = [s for s in block.segments if s.end > s.start and s.start < max(end, start + 1) and s.end >= start]
        if start < end:
            segments = [s for s in segments if s.start < end and s.end > start]
        else:
            segments = [s for s in segments if s.start <= start <= s.end][:1]
        if not segments or any(s.run < 0 or s.part not in self.walkers for s in segments):
            return None
        if len({(s.part, s.para) for s in segments}) != 1:
            return None
        covered = start
        pieces = []
        for seg in segments:
            a, b = max(start, seg.start), min(end, seg.end)
            if a != covered and start < end:
                return None  # a gap: text the runs do not hold
            pa, pb = self.position(seg, a), self.position(seg, b)
            if pa is None or pb is None or self.text_between(pa, pb) != block.text[a:b]:
                return None
            run = self.run(*pa[:3])
            if not run.splittable or run.element.getparent() is None:
                return None
            pieces.append((pa, pb))
            covered = b
        return pieces if covered == end or start == end else None

    def split_runs(self) -> None:
        """Split every run asked for at its cuts (once, after every cut is known)."""
        for run in self._runs.values():
            run.split()

    def package_bytes(self, changed: dict[str, bytes]) -> bytes:
        """The package with every tree serialized and ``changed`` parts (name -> bytes) written over."""
        out = {name: serialize(tree) for name, tree in self.trees.items()}
        out.update(changed)
        buffer = BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
            for name in self.names:
                data = out.pop(name, self.originals.get(name))
                if data is not None:
                    z.writestr(zipfile.ZipInfo(name, _ZIP_DATE), data, compress_type=zipfile.ZIP_DEFLATED)
            for name, data in out.items():
                z.writestr(zipfile.ZipInfo(name, _ZIP_DATE), data, compress_type=zipfile.ZIP_DEFLATED)
        return buffer.getvalue()
