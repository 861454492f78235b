"""What a mention states about its document, explicitly or by its context (KT306).

A first mention is complete when it gives the date and the issuer.  Drafts often give them
without writing them after the symbol:

* the issuer is the subject of the sentence: "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số
  19-KH/HU, ngày 15/3/2021", "... đã cụ thể hóa bằng Chương trình hành động số ...", "Sở Nội vụ
  có Văn bản số ..." (but not "ban hành kèm theo Quyết định số ...", which names the instrument,
  not its issuer);
* a footnote listing documents hangs on the sentence that refers to it: "... đã ban hành 05
  nghị quyết chuyên đề[^1]" / "Gồm: Nghị quyết số 05-NQ/HU, ngày 18/01/2021 ...";
* the sentence names, before the citation, the body the symbol names: "Ủy ban Kiểm tra Tỉnh ủy
  thực hiện Chương trình kiểm tra, giám sát số 05-CTr/UBKTTU, ngày 10/01/2023";
* the date is the previous one: "... Quyết định số 521/QĐ-UBND cùng ngày";
* the sentence gives the date before saying the document was issued: "Ngày 03-8-2021, Ban
  Thường vụ Tỉnh ủy ban hành Kế hoạch số 25-KH/TU ...";
* two symbols share what follows the second: "Quyết định số 217-QĐ/TW và 218-QĐ/TW, ngày
  12/12/2013 của Bộ Chính trị", "Nghị quyết số 08-NQ/HU và số 09-NQ/HU, ngày ...".
"""

from __future__ import annotations

import regex

from bisect import bisect_left, bisect_right
from functools import lru_cache

from kiemtra_lint.rules.citations.parse import Citation
from kiemtra_lint.document import FOOTNOTE, Document
from kiemtra_lint.patterns import find_dates
from kiemtra_lint.text import sentences

from . import issuers

_ISSUED_BY_SUBJECT = regex.compile(r"(?i:ban\s+hành|cụ\s+thể\s+h(?:óa|oá))(?!\s+kèm)")
_HAS_DOCUMENT = regex.compile(r"(?<![\p{L}])(?:đã\s+)?có\s*\Z")  # "Sở Nội vụ có Văn bản số ..."
_SAME_DAY = regex.compile(r"\s*,?\s*(?i:cùng\s+ngày)(?![\p{L}])")  # "Quyết định số 521/QĐ-UBND cùng ngày"
LOOK_BACK = 200  # characters of the sentence before a citation that may name its issuer
_SHARED = regex.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?i:số)\s*)?")


class Statements:
    """Whether each citation of a document gives its date and its issuer."""

    def __init__(self, doc: Document, citations: list[Citation]) -> None:
        self.doc = doc
        self._next: dict[int, Citation] = {}
        self._in_block: dict[int, list[Citation]] = {}  # in text order
        for c in citations:
            self._in_block.setdefault(c.block, []).append(c)
        self._starts = {block: [c.start for c in cites] for block, cites in self._in_block.items()}
        for cites in self._in_block.values():
            for c, after in zip(cites, cites[1:]):
                text = doc.blocks[c.block].text
                if after.symbol is not None and _SHARED.fullmatch(text, c.end, after.start):
                    self._next[id(c)] = after

    def _chain(self, c: Citation):
        while c is not None:
            yield c
            c = self._next.get(id(c))

    def has_date(self, c: Citation) -> bool:
        if any(m.date is not None for m in self._chain(c)):
            return True
        if _SAME_DAY.match(self.doc.blocks[c.block].text, c.end, c.end + 16) is not None:
            return True
        return _dated_issue(self._before(c.block, c.start))

    def has_issuer(self, c: Citation) -> bool:
        if any(m.issuer is not None for m in self._chain(c)):
            return True
        body = issuers.body_of_symbol(c.keys[0]) if c.keys else None
        if body is not None and body.vague:
            body = None
        block = self.doc.blocks[c.block]
        if _issued_by_subject(self._before(block.index, c.start), body):
            return True
        if block.kind == FOOTNOTE and block.ref_block is not None and block.ref_offset is not None:
            return _issued_by_subject(self._before(block.ref_block, block.ref_offset), body)
        return False

    def complete(self, c: Citation) -> bool:
        return self.has_date(c) and self.has_issuer(c)

    def _before(self, block: int, offset: int) -> str:
        """The sentence holding ``offset`` up to it, other citations blanked out: the "của Chính
        phủ" of an earlier citation says nothing about who issued this one."""
        text = self.doc.blocks[block].text
        starts = _sentence_starts(text)
        i = bisect_right(starts, offset) - 1
        start = max(starts[i] if i >= 0 else 0, offset - LOOK_BACK)
        others = self._in_block.get(block, [])
        starts = self._starts.get(block, [])
        chars = list(text[start:offset])
        for other in others[bisect_left(starts, start - LOOK_BACK):bisect_left(starts, offset)]:
            for j in range(max(other.start, start), min(other.end, offset)):
                chars[j - start] = " "
        return "".join(chars)


def _issued_by_subject(before: str, body: issuers.Body | None) -> bool:
    """"... ban hành" earlier in the sentence, "có" right before the citation, or the body the
    symbol names named earlier in the sentence ("Ủy ban Kiểm tra Tỉnh ủy thực hiện Chương trình
    ... số 05-CTr/UBKTTU")."""
    return (_ISSUED_BY_SUBJECT.search(before) is not None
            or _HAS_DOCUMENT.search(before, max(0, len(before) - 12)) is not None
            or (body is not None and issuers.names_body(before, body)))


def _dated_issue(before: str) -> bool:
    """"Ngày 03-8-2021, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số ...": the sentence gives a
    date, then says that the document was issued."""
    dates = find_dates(before)
    return bool(dates) and _ISSUED_BY_SUBJECT.search(before, dates[0].end) is not None


@lru_cache(maxsize=64)
def _sentence_starts(text: str) -> list[int]:
    return [s for s, _ in sentences(text)]
