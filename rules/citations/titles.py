"""The title (trích yếu) a citation gives its document: "Thông tư số 07/2023/TT-BTC ngày ... của
Bộ Tài chính hướng dẫn quản lý kinh phí ..." names it by "hướng dẫn quản lý kinh phí ...".

A title follows the citation (its symbol, date and issuer), may sit in quotation marks, and opens
with one of the words of ``TITLE_OPENERS`` ("về", "quy định", "hướng dẫn", ...).  It is read up
to the first mark that ends a clause (a comma, a semicolon, a closing quotation mark, a
parenthesis, a full stop before a space, a line break): the words before that are how drafters
repeat a title word for word, and what two mentions of one document share.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from kiemtra_lint.document import Document
from kiemtra_lint.rules.citations.parse import Citation

from kiemtra_lint.rules import rules_data

MAX_WORDS = 14  # the words of a title compared: enough to tell two documents apart


def _openers() -> tuple[str, ...]:
    lines = rules_data("citations-title-openers.txt").read_text(encoding="utf-8").splitlines()
    return tuple(sorted({line.strip().casefold() for line in lines if line.strip() and not line.startswith("#")},
                        key=len, reverse=True))


TITLE_OPENERS = _openers()
_LEAD = regex.compile(r"[\s*_]*[“\"]?\s*")
_STOP = regex.compile(r"[,;”\"()\[\]\n:]|\.(?:\s|$)|…")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*")


@dataclass(frozen=True, slots=True)
class Title:
    text: str  # as written, from the opener to the stop
    words: tuple[str, ...]  # its first MAX_WORDS words, case-folded


def title_of(doc: Document, c: Citation) -> Title | None:
    """The title written right after ``c``, from its opener on; None when none follows."""
    text = doc.blocks[c.block].text
    at = _LEAD.match(text, c.end).end()
    head = text[at:at + 40].casefold()
    opener = next((o for o in TITLE_OPENERS if head.startswith(o) and not head[len(o):len(o) + 1].isalnum()), None)
    if opener is None:
        return None
    stop = _STOP.search(text, at + len(opener))
    body = text[at:stop.start() if stop else len(text)].rstrip()
    return Title(body, tuple(w.casefold() for w in _WORD.findall(body))[:MAX_WORDS])
