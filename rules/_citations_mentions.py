"""What a mention states about its document, explicitly or by its context (KT306).

A first mention is complete when it gives the date and the issuer.  Drafts often give them
without writing them after the symbol:

* the issuer is the subject of the sentence: "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số
  19-KH/HU, ngày 15/3/2021" (but not "ban hành kèm theo Quyết định số ...", which names the
  instrument, not its issuer);
* a footnote listing documents hangs on the sentence that refers to it: "... đã ban hành 05
  nghị quyết chuyên đề[^1]" / "Gồm: Nghị quyết số 05-NQ/HU, ngày 18/01/2021 ...";
* two symbols share what follows the second: "Quyết định số 217-QĐ/TW và 218-QĐ/TW, ngày
  12/12/2013 của Bộ Chính trị".
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import regex

from kiemtra_lint.citations import Citation
from kiemtra_lint.document import FOOTNOTE, Document
from kiemtra_lint.text import sentences

_ISSUED_BY_SUBJECT = regex.compile(r"(?i:ban\s+hành)(?!\s+kèm)")
_SHARED = regex.compile(r"\s*(?:,|và|,\s*và)\s*")


class Statements:
    """Whether each citation of a document gives its date and its issuer."""

    def __init__(self, doc: Document, citations: list[Citation]) -> None:
        self.doc = doc
        self._next: dict[int, Citation] = {}
        by_block: dict[int, list[Citation]] = {}
        for c in citations:
            by_block.setdefault(c.block, []).append(c)
        for cites in by_block.values():
            for c, after in zip(cites, cites[1:]):
                text = doc.blocks[c.block].text
                if after.symbol is not None and _SHARED.fullmatch(text, c.end, after.start):
                    self._next[id(c)] = after

    def _chain(self, c: Citation):
        while c is not None:
            yield c
            c = self._next.get(id(c))

    def has_date(self, c: Citation) -> bool:
        return any(m.date is not None for m in self._chain(c))

    def has_issuer(self, c: Citation) -> bool:
        if any(m.issuer is not None for m in self._chain(c)):
            return True
        block = self.doc.blocks[c.block]
        if _issued_by_subject(block.text, c.start):
            return True
        if block.kind == FOOTNOTE and block.ref_block is not None and block.ref_offset is not None:
            return _issued_by_subject(self.doc.blocks[block.ref_block].text, block.ref_offset)
        return False

    def complete(self, c: Citation) -> bool:
        return self.has_date(c) and self.has_issuer(c)


def _issued_by_subject(text: str, offset: int) -> bool:
    """"... ban hành" earlier in the sentence that holds ``offset``."""
    starts = _sentence_starts(text)
    i = bisect_right(starts, offset) - 1
    start = starts[i] if i >= 0 else 0
    return _ISSUED_BY_SUBJECT.search(text, start, offset) is not None


@lru_cache(maxsize=64)
def _sentence_starts(text: str) -> list[int]:
    return [s for s, _ in sentences(text)]
