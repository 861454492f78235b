"""KT303: issue dates that do not exist, are later than the report, or contradict the symbol's year or the term."""

from __future__ import annotations

import datetime as dt

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Span, finding
from kiemtra_lint.patterns import report_date
from kiemtra_lint.rules.citations.parse import NORMATIVE, PARTY, Citation

from .common import citations_of, span_of
from .loose_dates import written_dates
from .terms import central_term, format_date, is_central, roman


@rule("KT303", "citation-date", "citations", "error",
      summary_vi="Ngày không có thật, ngày ban hành muộn hơn ngày báo cáo, hoặc trái với năm trong ký hiệu hay khóa",
      summary_en="A date that does not exist, or an issue date later than the report or contradicting the symbol's "
                 "year or the term",
      explanation_vi="Ngày phải có thật (không có 30/02, tháng 13, năm 5 chữ số), dù ở trích dẫn hay ở chỗ khác "
                     "(“Ngày 31/4/2023, ...”: chỉ đọc ngày đứng sau chữ “ngày”, nên phân số không bị coi là ngày); "
                     "văn bản được dẫn không thể ban hành sau ngày "
                     "của chính báo cáo (lấy từ dòng địa danh, ngày tháng hoặc --report-date; không có thì bỏ qua "
                     "phép kiểm tra này); văn bản quy phạm pháp luật ban hành trong năm ghi ở ký hiệu "
                     "(30/2020/NĐ-CP ban hành năm 2020); văn bản của Trung ương ghi “khóa XII” phải có ngày trong "
                     "khóa XII.",
      explanation_en="A date must exist (no 30/02, no month 13, no five-digit year), in a citation or anywhere else "
                     "(“Ngày 31/4/2023, ...”: only a date after the word “ngày” is read, so fractions are never "
                     "taken for dates); a cited document cannot be issued after the report "
                     "itself (its place-and-date line or --report-date; without one that check is off); a normative "
                     "document is issued in the year its symbol carries; a central document said to be of term XII "
                     "must be dated within term XII.",
      bad="Hướng dẫn số 14-HD/BTGHU, ngày 30/02/2021 của Ban Tuyên giáo Huyện ủy",
      good="Hướng dẫn số 14-HD/BTGHU, ngày 03/02/2021 của Ban Tuyên giáo Huyện ủy")
def check_dates(doc: Document, ctx):
    today = report_date(doc, ctx)
    read: set[tuple[int, int, int]] = set()  # (block, start, end) of the citation dates already read
    for c in citations_of(doc, ctx):
        if c.date is None:
            continue
        value = c.date_value.date()
        where = span_of(c, c.date)
        read.add((where.block, where.start, where.end))
        if value is None:
            vi, en = _impossible(c.date_value.day, c.date_value.month, c.date_value.year)
            yield finding("KT303", f"Ngày “{c.date.text}” không có thật: {vi}",
                          f"The date “{c.date.text}” does not exist: {en}", where)
            continue
        if today is not None and value > today:
            yield finding("KT303", f"Ngày ban hành {c.date.text} muộn hơn ngày của báo cáo ({format_date(today)})",
                          f"Issue date {c.date.text} is later than the report's own date ({format_date(today)})",
                          where)
        sym = c.symbol
        if sym is not None and sym.form == NORMATIVE and value.year != sym.year:
            yield finding("KT303", f"Ngày ban hành {c.date.text} không cùng năm với ký hiệu “{sym.text}” (năm {sym.year})",
                          f"Issue date {c.date.text} is not in the year of the symbol “{sym.text}” ({sym.year})",
                          where)
        yield from _term_contradiction(c, value)
    yield from _impossible_written_dates(doc, read)


def _impossible_written_dates(doc: Document, read: set[tuple[int, int, int]]):
    """The dates outside citations ("Ngày 30/02/2023, Ủy ban ...") that cannot exist; ``read``
    holds the spans of the citation dates, checked already."""
    for block in doc.blocks:
        if "ngày" not in block.text.lower():
            continue
        for w in written_dates(block.text):
            if _exists(w.day, w.month, w.year) or any(
                    b == block.index and start < w.end and w.start < end for b, start, end in read):
                continue
            vi, en = _impossible(w.day, w.month, w.year)
            yield finding("KT303", f"Ngày “{w.text}” không có thật: {vi}", f"The date “{w.text}” does not exist: {en}",
                          Span(block.index, w.start, w.end))


def _exists(day: int, month: int, year: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _impossible(day: int, month: int, year: int) -> tuple[str, str]:
    if year > 9999:
        return f"năm {year} thừa chữ số", f"the year {year} has a digit too many"
    if not 1 <= month <= 12:
        return f"không có tháng {month}", f"there is no month {month}"
    if day == 0:
        return "không có ngày 0", "there is no day 0"
    next_month = dt.date(year + (month == 12), month % 12 + 1, 1)
    days = (next_month - dt.timedelta(days=1)).day
    return f"tháng {month} năm {year} chỉ có {days} ngày", f"month {month} of {year} has {days} days"


def _term_contradiction(c: Citation, value: dt.date):
    """A central document said to be of term XII but dated in term XIII."""
    sym = c.symbol or (c.antecedent.symbol if c.antecedent is not None else None)
    if c.term is None or sym is None or sym.form != PARTY or not is_central(sym.issuer):
        return
    term = central_term(value)
    if term is not None and c.term_number is not None and term != c.term_number:
        yield finding("KT303", f"Ngày {c.date.text} thuộc khóa {roman(term)}, không phải khóa {roman(c.term_number)}",
                      f"The date {c.date.text} falls in term {roman(term)}, not term {roman(c.term_number)}",
                      span_of(c, c.term))
