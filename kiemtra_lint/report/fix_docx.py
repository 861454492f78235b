"""``kiemtra fix``: a copy of a .docx in which each certain fix is a Word tracked change.

A finding's fix (findings.Fix: replace ``text[start:end]`` of its block) becomes a
``w:del`` around the runs that hold the old words (their ``w:t`` turned into
``w:delText``) and a ``w:ins`` with the new words right after, both by the author
"kiemtra-lint" with a date, so that a reviewer accepts or rejects each one in Word's
Review pane (LibreOffice: Edit > Track Changes > Manage).  Accepting all gives the
fixed text, rejecting all the original.

Nothing uncertain is changed: a fix is written only where every character it replaces
comes from a run of one paragraph and reads back as the finding's text (a list number
Word renders, text across paragraphs, a field or a run inside an earlier tracked change
is left alone and counted as not applied), and never over another fix.

The input file is only read; the caller writes the bytes this module returns.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field

from lxml import etree

from ..document import Document
from ..findings import Finding
from ..readers import ooxml as X
from .docx_copy import _XML_SPACE, AUTHOR, DocxCopy, review_date

INS, DEL, DEL_TEXT, DEL_INSTR = X.w("ins"), X.w("del"), X.w("delText"), X.w("delInstrText")
_HOLDERS = (X.P, X.w("hyperlink"))  # where a run may be wrapped in w:del (not inside an earlier w:ins/w:del)


@dataclass
class FixStats:
    applied: dict[str, int] = field(default_factory=dict)  # rule -> tracked changes written
    skipped: int = 0  # fixes that could not be written exactly

    @property
    def total(self) -> int:
        return sum(self.applied.values())


@dataclass(slots=True)
class _Planned:
    finding: Finding
    pieces: list  # (from, to) positions per run, from DocxCopy.exact_pieces


def _attributes(el, change_id: int, date: str) -> None:
    el.set(X.W_ID, str(change_id))
    el.set(X.w("author"), AUTHOR)
    el.set(X.w("date"), date)


def _next_id(trees) -> int:
    """One past every numeric w:id of the copy (tracked changes, comments and bookmarks share them)."""
    top = -1
    for tree in trees:
        for el in tree.iter():
            value = el.get(X.W_ID)
            if value is not None and value.lstrip("-").isdigit():
                top = max(top, int(value))
    return top + 1


def _pieces_between(copy: DocxCopy, start: tuple, end: tuple) -> list:
    """The split run elements that hold the raw text from ``start`` to ``end`` of one run."""
    run = copy.run(*start[:3])
    return [el for a, b, el in run.pieces if a >= start[3] and b <= end[3] and b > a]


def _deleted(piece, change_id: int, date: str):
    """Wrap ``piece`` (a run) in a w:del, its text turned into deleted text."""
    for t in piece.iter(X.T):
        t.tag = DEL_TEXT
    for t in piece.iter(X.w("instrText")):
        t.tag = DEL_INSTR
    wrapper = etree.Element(DEL)
    _attributes(wrapper, change_id, date)
    piece.addprevious(wrapper)
    wrapper.append(piece)
    return wrapper


def _inserted(text: str, like, change_id: int, date: str):
    """A w:ins holding one run with ``text``, formatted as the run ``like``."""
    wrapper = etree.Element(INS)
    _attributes(wrapper, change_id, date)
    run = etree.SubElement(wrapper, X.R)
    rpr = like.find(X.RPR) if like is not None else None
    if rpr is not None:
        run.append(deepcopy(rpr))
    t = etree.SubElement(run, X.T)
    t.text = text
    t.set(_XML_SPACE, "preserve")
    return wrapper


def _touch(a: int, b: int, start: int, end: int) -> bool:
    """Whether two fixes of a block would change the same characters (or insert where the other changes)."""
    if a < b and start < end:
        return a < end and start < b
    return a <= end and start <= b


def _plan(copy: DocxCopy, doc: Document, findings: list[Finding], stats: FixStats) -> list[_Planned]:
    planned: list[_Planned] = []
    taken: dict[int, list[tuple[int, int]]] = {}  # block -> fixed ranges
    for f in sorted((f for f in findings if f.fix is not None and f.span is not None),
                    key=lambda f: (f.span.block, f.fix.start, f.fix.end, f.rule)):
        block = doc.blocks[f.span.block] if 0 <= f.span.block < len(doc.blocks) else None
        start, end = f.fix.start, f.fix.end
        clash = any(_touch(a, b, start, end) for a, b in taken.get(f.span.block, ()))
        pieces = copy.exact_pieces(block, start, end) if block is not None and not clash else None
        if pieces and any(copy.run(*pa[:3]).element.getparent().tag not in _HOLDERS for pa, _ in pieces):
            pieces = None
        if not pieces:
            stats.skipped += 1
            continue
        taken.setdefault(f.span.block, []).append((start, end))
        planned.append(_Planned(f, pieces))
        for pa, pb in pieces:
            run = copy.run(*pa[:3])
            run.cuts.update((pa[3], pb[3]))
    return planned


def fix_bytes(source: str, doc: Document, findings: list[Finding]) -> tuple[bytes, FixStats]:
    """The bytes of a copy of ``source`` with each certain fix of ``findings`` as a tracked change.

    ``doc`` is the Document read from ``source``.  Raises InputError for a file that cannot be
    read, CopyError for a package the writer does not understand.
    """
    copy = DocxCopy(source)
    stats = FixStats()
    planned = _plan(copy, doc, findings, stats)
    copy.split_runs()
    change_id = _next_id(copy.trees.values())
    date = review_date()
    for item in planned:
        fix = item.finding.fix
        old = [el for pa, pb in item.pieces for el in _pieces_between(copy, pa, pb)]
        if old:
            like = old[0]
            for piece in old:
                last = _deleted(piece, change_id, date)
                change_id += 1
        else:  # an insertion at a point: after the piece that ends there, or before the one that starts there
            pa = item.pieces[0][0]
            run = copy.run(*pa[:3])
            like = run.piece_ending(pa[3])
            last = like
        if fix.replacement:
            inserted = _inserted(fix.replacement, like, change_id, date)
            change_id += 1
            if last is not None:
                last.addnext(inserted)
            else:
                copy.run(*item.pieces[0][0][:3]).piece_starting(item.pieces[0][0][3]).addprevious(inserted)
        rule = item.finding.rule
        stats.applied[rule] = stats.applied.get(rule, 0) + 1
    return copy.package_bytes({}), stats


_SUMMARY = {
    "vi": ("đã ghi {n} sửa đổi dạng theo dõi thay đổi vào {out}",
           "; {n} chỗ để người sửa (không sửa đúng được từng chữ)"),
    "en": ("wrote {n} fix(es) as tracked changes to {out}",
           "; {n} left for a person (the words could not be changed exactly)"),
}


def summary_line(stats: FixStats, out: str, lang: str = "vi") -> str:
    """"đã ghi 3 sửa đổi dạng theo dõi thay đổi vào OUT.docx (KT401: 1, KT502: 2)"."""
    head, skipped = _SUMMARY["en" if lang == "en" else "vi"]
    line = head.format(n=stats.total, out=out)
    if stats.applied:
        line += " (" + ", ".join(f"{rule}: {n}" for rule, n in sorted(stats.applied.items())) + ")"
    if stats.skipped:
        line += skipped.format(n=stats.skipped)
    return line
