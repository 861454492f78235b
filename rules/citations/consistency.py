"""KT304: one symbol cited with different dates, issuers or types in one draft."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Callable, Iterable

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import finding
from kiemtra_lint.rules.citations.parse import NORMATIVE, Citation

from . import issuers
from .common import by_document, registry_of, span_of, symbol_of
from .known import contradictions
from .symbols import specific_type
from .terms import numbering_period, roman


@rule("KT304", "citation-inconsistent", "citations", "warning",
      summary_vi="Cùng một ký hiệu được dẫn với ngày, cơ quan ban hành hoặc tên loại khác nhau",
      summary_en="One symbol cited with different dates, issuers or types in the same draft",
      explanation_vi="Một văn bản được nhắc nhiều lần phải ghi cùng ngày, cùng cơ quan ban hành, cùng tên loại. "
                     "Văn bản của Đảng được đánh số lại từ 01 mỗi nhiệm kỳ (văn bản nhà nước: mỗi năm), nên khi "
                     "hai ngày thuộc hai nhiệm kỳ khác nhau, đây có thể là hai văn bản: khi đó nên ghi rõ khóa. "
                     "Điều gì trái với danh mục văn bản đã biết thì KT305 báo, KT304 không báo lại.",
      explanation_en="A document mentioned several times must carry the same date, issuer and type each time. Party "
                     "documents are numbered from 01 again each term (State documents each year), so two dates in "
                     "two terms may be two documents: then name the term. What contradicts a known registry is "
                     "reported by KT305 and not again here.",
      bad="Kế hoạch số 68-KH/HU, ngày 14/01/2019 ... Kế hoạch số 68-KH/HU, ngày 14/11/2019",
      good="Kế hoạch số 68-KH/HU, ngày 14/01/2019 ... Kế hoạch số 68-KH/HU, ngày 14/01/2019")
def check_consistency(doc: Document, ctx):
    mentions_by_key = by_document(doc, ctx)
    known = registry_of(ctx) if mentions_by_key else {}
    for key, mentions in mentions_by_key.items():
        entry = known.get(key)
        left_to_kt305 = set()
        if entry is not None:
            left_to_kt305 = {(id(c), x.field) for c in mentions for x in contradictions(c, key, entry)}
        yield from _date_clashes(key, mentions, entry, left_to_kt305)
        yield from _issuer_clashes(key, mentions, entry, left_to_kt305)
        yield from _type_clashes(key, mentions, entry, left_to_kt305)


def _reference(mentions: list[Citation], value: Callable[[Citation], object],
               preferred: Iterable[object] = ()) -> tuple[object, Citation] | None:
    """The value the mentions are measured against, and the first mention carrying it.

    The first of ``preferred`` that some mention carries (what the registry says, what the
    symbol says), else the value most mentions agree on, ties going to the first written.
    None when the mentions carry fewer than two values.
    """
    values = [(value(c), c) for c in mentions if value(c) is not None]
    if len({v for v, _ in values}) < 2:
        return None
    carried = {v for v, _ in values}
    ref = next((p for p in preferred if p in carried), None)
    if ref is None:
        counts = Counter(v for v, _ in values)
        top = max(counts.values())
        ref = next(v for v, _ in values if counts[v] == top)
    return ref, next(c for v, c in values if v == ref)


def _date_of(c: Citation) -> dt.date | None:
    return c.date_value.date() if c.date_value is not None else None


def _year_slip(c: Citation) -> bool:
    """A normative document dated outside the year its symbol carries (KT303 says so)."""
    full = c if c.symbol is not None else c.antecedent
    value = _date_of(c)
    return value is not None and full.symbol.form == NORMATIVE and value.year != full.symbol.year


def _date_clashes(key: tuple, mentions: list[Citation], entry, skip: set):
    mentions = [c for c in mentions if not _year_slip(c)]
    preferred = [entry.date] if entry is not None and entry.date else []
    found = _reference(mentions, _date_of, preferred)
    if found is None:
        return
    ref, first = found
    for c in mentions:
        value = _date_of(c)
        if value is None or value == ref or (id(c), "date") in skip:
            continue
        if c.term_number and first.term_number and c.term_number != first.term_number:
            continue  # the draft itself says they are documents of two terms
        symbol = symbol_of(c, key)
        note_vi, note_en = _restart_note(key, value, ref)
        yield finding("KT304",
                      f"“{symbol}” được ghi hai ngày ban hành khác nhau: {c.date.text} ở đây, {first.date.text} ở "
                      f"chỗ khác{note_vi}",
                      f"“{symbol}” is cited with two issue dates: {c.date.text} here, {first.date.text} elsewhere"
                      f"{note_en}",
                      span_of(c, c.date), related=[span_of(first, first.date)])


def _restart_note(key: tuple, a: dt.date, b: dt.date) -> tuple[str, str]:
    """Why two dates may be two documents: numbering restarts each term (Party) or year (State)."""
    pa, pb = numbering_period(key, a), numbering_period(key, b)
    if pa[1] is None or pb[1] is None or pa == pb:
        return "", ""
    if pa[0] == "term":
        return (f". Hai ngày thuộc hai khóa khác nhau (khóa {roman(pb[1])} và khóa {roman(pa[1])}); văn bản của Đảng "
                f"được đánh số lại từ đầu mỗi khóa nên có thể đây là hai văn bản: nếu vậy, hãy ghi rõ khóa",
                f". The dates fall in two terms ({roman(pb[1])} and {roman(pa[1])}); Party documents are numbered "
                f"afresh each term, so these may be two documents: if so, name the term")
    if pa[0] == "local":
        return (". Hai ngày thuộc hai nhiệm kỳ khác nhau; văn bản của Đảng được đánh số lại từ đầu mỗi nhiệm kỳ nên "
                "có thể đây là hai văn bản: nếu vậy, hãy ghi rõ nhiệm kỳ",
                ". The dates fall in two terms; Party documents are numbered afresh each term, so these may be two "
                "documents: if so, name the term")
    return (". Hai ngày thuộc hai năm khác nhau; văn bản của cơ quan nhà nước được đánh số lại từ đầu mỗi năm nên có "
            "thể đây là hai văn bản",
            ". The dates fall in two years; State documents are numbered afresh each year, so these may be two "
            "documents")


def _issuer_clashes(key: tuple, mentions: list[Citation], entry, skip: set):
    preferred = [issuers.body_of(entry.issuer)] if entry is not None and entry.issuer else []
    preferred.append(issuers.body_of_symbol(key))
    found = _reference(mentions, lambda c: issuers.body_of(c.issuer.text) if c.issuer is not None else None,
                       [p for p in preferred if p is not None])
    if found is None:
        return
    _, first = found
    for c in mentions:
        if c.issuer is None or (id(c), "issuer") in skip or not issuers.clash(c.issuer.text, first.issuer.text):
            continue
        symbol = symbol_of(c, key)
        yield finding("KT304",
                      f"“{symbol}” được ghi hai cơ quan ban hành khác nhau: “{c.issuer.text}” ở đây, "
                      f"“{first.issuer.text}” ở chỗ khác",
                      f"“{symbol}” is cited with two issuers: “{c.issuer.text}” here, “{first.issuer.text}” elsewhere",
                      span_of(c, c.issuer), related=[span_of(first, first.issuer)])


def _type_clashes(key: tuple, mentions: list[Citation], entry, skip: set):
    """Two type words that both agree with the symbol ("Quyết định" and "Quy định" for QĐ)."""
    typed = [c for c in mentions if c.symbol is not None and specific_type(c)]
    found = _reference(typed, specific_type, [entry.type] if entry is not None and entry.type else [])
    if found is None:
        return
    ref, first = found
    for c in typed:
        if c.type_name != ref and (id(c), "type") not in skip:
            symbol = symbol_of(c, key)
            yield finding("KT304",
                          f"“{symbol}” lúc ghi là {c.type_name}, lúc ghi là {ref}",
                          f"“{symbol}” is called {c.type_name} here and {ref} elsewhere",
                          span_of(c, c.type_word), related=[span_of(first, first.type_word)])
