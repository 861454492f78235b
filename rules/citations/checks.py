"""KT3xx citations: symbols, type words, dates, consistency, known documents, first mentions.

Every rule reads the same parse (:func:`kiemtra_lint.rules.citations.parse.find_citations`, computed once
per document) and points at the words at fault: the symbol (KT301), the type word and symbol
(KT302), the date (KT303, KT304, KT305), the issuer or the type word (KT304, KT305), the first
mention (KT306).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Callable, Iterable

from kiemtra_lint.rules.citations.parse import NORMATIVE, PARTY, Citation, Part, find_citations
from kiemtra_lint.document import HEADING, TABLE_CELL, Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Fix, Span, finding
from kiemtra_lint.patterns import report_date

from . import issuers
from . import registry
from .known import contradictions
from .mentions import Statements
from .symbols import specific_type, symbol_problem, type_mismatch
from .terms import central_term, format_date, is_central, numbering_period, roman


# ---------------------------------------------------------------------------------------------
# Shared per-document work


def _citations(doc: Document, ctx) -> list[Citation]:
    return ctx.memo("citations", lambda: find_citations(doc))


def _user_registries(ctx) -> tuple[str, ...]:
    return tuple(ctx.options.get("data", {}).get("registries", ()))


def _registry(ctx) -> dict:
    """Known documents by key; a bad user registry becomes one finding (see KT305), not a crash.

    Loading parses every symbol with the citation grammar (about 20 ms): the rules ask for it
    only when the draft cites something, or when a user registry must be checked.
    """
    def load():
        user = _user_registries(ctx)
        try:
            return registry.load(registry.SHIPPED + user)
        except registry.RegistryError as exc:
            ctx.cache["citations.registry_error"] = exc
            return registry.load(registry.SHIPPED)
    return ctx.memo("citations.registry", load)


def _span(c: Citation, part: Part) -> Span:
    return Span(c.block, part.start, part.end)


def _symbol_of(c: Citation, key: tuple) -> str:
    """The symbol of the one document ``key`` names, as this mention (or its antecedent) writes it."""
    full = c if c.symbol is not None else c.antecedent
    sym = full.symbol
    if len(sym.numbers) == 1:
        return sym.text
    number = next(n.text for n in sym.numbers if sym.key(n) == key)
    return f"{number}-{sym.code}/{sym.issuer}"  # only Party symbols share one symbol between numbers


def _by_document(doc: Document, ctx) -> dict[tuple, list[Citation]]:
    """The mentions of each document, in reading order (computed once per document)."""
    def group():
        groups: dict[tuple, list[Citation]] = {}
        for c in _citations(doc, ctx):
            for key in c.keys:
                groups.setdefault(key, []).append(c)
        return groups
    return ctx.memo("citations.by_document", group)


# ---------------------------------------------------------------------------------------------
# KT301 malformed symbol


@rule("KT301", "malformed-symbol", "citations", "warning",
      summary_vi="Ký hiệu văn bản viết sai: chữ viết tắt tên loại không có, trộn thể thức Đảng và Nhà nước, sai dấu",
      summary_en="Malformed document symbol: unknown type abbreviation, Party and State forms mixed, wrong separators",
      explanation_vi="Ký hiệu văn bản của Đảng viết “số-LOẠI/CƠ QUAN” (35-NQ/TW, 05-CTr/TU); của cơ quan nhà nước "
                     "viết “số/LOẠI-CƠ QUAN” (123/QĐ-UBND), văn bản quy phạm pháp luật có thêm năm (30/2020/NĐ-CP). "
                     "Quy tắc báo chữ viết tắt tên loại không có trong danh mục (“05-KHHĐ/TU”), ký hiệu trộn hai "
                     "thể thức (“35/NQ-TW”, “123-QĐ/UBND”), chữ viết tắt của văn bản nhà nước trong ký hiệu của "
                     "Đảng (“12-QyĐ/TU”), sai chữ hoa (“05-Ctr/TU”) và sai dấu (“07 - NQ/TU”, “07-NQ TU”, "
                     "“07–NQ/TU”).",
      explanation_en="A Party symbol is “number-TYPE/ISSUER” (35-NQ/TW); a State one “number/TYPE-ISSUER” "
                     "(123/QĐ-UBND), with the year for normative documents (30/2020/NĐ-CP). The rule reports an "
                     "unknown type abbreviation, mixed forms, State abbreviations in Party symbols, wrong letter "
                     "case and wrong separators or spacing.",
      bad="Nghị quyết số 07 - NQ/HU; Kế hoạch số 05-KHHĐ/TU",
      good="Nghị quyết số 07-NQ/HU; Kế hoạch số 05-KH/TU")
def check_symbol_form(doc: Document, ctx):
    for c in _citations(doc, ctx):
        problem = symbol_problem(c)
        if problem is not None:
            span = _span(c, c.symbol.part)
            yield finding("KT301", problem.vi, problem.en, span,
                          fix=Fix(span.start, span.end, problem.fixed) if problem.fixed else None)


# ---------------------------------------------------------------------------------------------
# KT302 type word disagrees with the symbol


@rule("KT302", "type-symbol-mismatch", "citations", "error",
      summary_vi="Tên loại văn bản không khớp chữ viết tắt trong ký hiệu",
      summary_en="The document type word disagrees with the abbreviation in the symbol",
      explanation_vi="Chữ viết tắt trong ký hiệu cho biết loại văn bản: CT là Chỉ thị, CTr là Chương trình, TB là "
                     "Thông báo. “Chương trình số 07-CT/TU” hay “Kế hoạch số 12-TB/ĐU” là nhầm loại hoặc nhầm ký "
                     "hiệu. Quy định của Đảng viết tắt QĐ hoặc QĐi; Quy định của cơ quan nhà nước viết tắt QyĐ.",
      explanation_en="The abbreviation in a symbol gives the document type: CT is Chỉ thị, CTr is Chương trình, TB "
                     "is Thông báo. A Party Quy định is QĐ or QĐi; a State one is QyĐ.",
      bad="Chương trình số 07-CT/TU, ngày 10/5/2021 của Tỉnh ủy",
      good="Chương trình số 07-CTr/TU, ngày 10/5/2021 của Tỉnh ủy")
def check_type_agreement(doc: Document, ctx):
    for c in _citations(doc, ctx):
        problem = type_mismatch(c)
        if problem is not None:
            yield finding("KT302", problem.vi, problem.en, _span(c, c.head))


# ---------------------------------------------------------------------------------------------
# KT303 impossible dates, dates after the report, dates that contradict the symbol or the term


@rule("KT303", "citation-date", "citations", "error",
      summary_vi="Ngày ban hành không có thật, muộn hơn ngày báo cáo, hoặc trái với năm trong ký hiệu hay khóa",
      summary_en="Issue date that does not exist, is later than the report, or contradicts the symbol's year or the term",
      explanation_vi="Ngày phải có thật (không có 30/02, tháng 13); văn bản được dẫn không thể ban hành sau ngày "
                     "của chính báo cáo (lấy từ dòng địa danh, ngày tháng hoặc --report-date; không có thì bỏ qua "
                     "phép kiểm tra này); văn bản quy phạm pháp luật ban hành trong năm ghi ở ký hiệu "
                     "(30/2020/NĐ-CP ban hành năm 2020); văn bản của Trung ương ghi “khóa XII” phải có ngày trong "
                     "khóa XII.",
      explanation_en="A date must exist (no 30/02, no month 13); a cited document cannot be issued after the report "
                     "itself (its place-and-date line or --report-date; without one that check is off); a normative "
                     "document is issued in the year its symbol carries; a central document said to be of term XII "
                     "must be dated within term XII.",
      bad="Hướng dẫn số 14-HD/BTGHU, ngày 30/02/2021 của Ban Tuyên giáo Huyện ủy",
      good="Hướng dẫn số 14-HD/BTGHU, ngày 03/02/2021 của Ban Tuyên giáo Huyện ủy")
def check_dates(doc: Document, ctx):
    today = report_date(doc, ctx)
    for c in _citations(doc, ctx):
        if c.date is None:
            continue
        value = c.date_value.date()
        where = _span(c, c.date)
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


def _impossible(day: int, month: int, year: int) -> tuple[str, str]:
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
                      _span(c, c.term))


# ---------------------------------------------------------------------------------------------
# KT304 one symbol, different dates, issuers or types


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
    by_document = _by_document(doc, ctx)
    known = _registry(ctx) if by_document else {}
    for key, mentions in by_document.items():
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
        symbol = _symbol_of(c, key)
        note_vi, note_en = _restart_note(key, value, ref)
        yield finding("KT304",
                      f"“{symbol}” được ghi hai ngày ban hành khác nhau: {c.date.text} ở đây, {first.date.text} ở "
                      f"chỗ khác{note_vi}",
                      f"“{symbol}” is cited with two issue dates: {c.date.text} here, {first.date.text} elsewhere"
                      f"{note_en}",
                      _span(c, c.date), related=[_span(first, first.date)])


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
        symbol = _symbol_of(c, key)
        yield finding("KT304",
                      f"“{symbol}” được ghi hai cơ quan ban hành khác nhau: “{c.issuer.text}” ở đây, "
                      f"“{first.issuer.text}” ở chỗ khác",
                      f"“{symbol}” is cited with two issuers: “{c.issuer.text}” here, “{first.issuer.text}” elsewhere",
                      _span(c, c.issuer), related=[_span(first, first.issuer)])


def _type_clashes(key: tuple, mentions: list[Citation], entry, skip: set):
    """Two type words that both agree with the symbol ("Quyết định" and "Quy định" for QĐ)."""
    typed = [c for c in mentions if c.symbol is not None and specific_type(c)]
    found = _reference(typed, specific_type, [entry.type] if entry is not None and entry.type else [])
    if found is None:
        return
    ref, first = found
    for c in typed:
        if c.type_name != ref and (id(c), "type") not in skip:
            symbol = _symbol_of(c, key)
            yield finding("KT304",
                          f"“{symbol}” lúc ghi là {c.type_name}, lúc ghi là {ref}",
                          f"“{symbol}” is called {c.type_name} here and {ref} elsewhere",
                          _span(c, c.type_word), related=[_span(first, first.type_word)])


# ---------------------------------------------------------------------------------------------
# KT305 known documents


@rule("KT305", "known-document", "citations", "error",
      summary_vi="Ngày, tên loại, cơ quan ban hành hoặc khóa trái với danh mục văn bản đã biết",
      summary_en="Date, type, issuer or term contradicts the registry of known documents",
      explanation_vi="Kiểm tra các văn bản của Trung ương có trong danh mục kèm theo (mỗi dòng có nguồn) và các "
                     "danh mục người dùng bổ sung, ví dụ sổ đăng ký văn bản đi của cơ quan: [tool.kiemtra.data] "
                     "registries = [\"so-cong-van.csv\"] (cột symbol, type, date, issuer, term, title, source). "
                     "Văn bản của Đảng được đánh số lại mỗi khóa: một ngày thuộc khóa khác có thể là văn bản khác "
                     "cùng số, nên không bị báo.",
      explanation_en="Checks central documents in the shipped registry (each row with its source) and the user's "
                     "registries, e.g. the office's outgoing-document register, configured as [tool.kiemtra.data] "
                     "registries = [\"so-cong-van.csv\"]. Party documents are renumbered each term: a date in "
                     "another term may be another document with the same number and is not reported.",
      bad="Nghị quyết số 35-NQ/TW, ngày 22/10/2019 của Bộ Chính trị",
      good="Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị")
def check_registry(doc: Document, ctx):
    citations = _citations(doc, ctx)
    if not citations and not _user_registries(ctx):
        return
    known = _registry(ctx)
    error = ctx.cache.get("citations.registry_error")
    if error is not None:
        yield finding("KT305", error.vi, error.en, None, severity="warning")
    for c in citations:
        for key in c.keys:
            entry = known.get(key)
            for x in contradictions(c, key, entry) if entry is not None else ():
                yield finding("KT305", x.vi, x.en, _span(c, x.part))


# ---------------------------------------------------------------------------------------------
# KT306 first mention without date or issuer

@rule("KT306", "incomplete-first-mention", "citations", "info",
      summary_vi="Lần đầu nhắc đến văn bản chưa ghi ngày ban hành hoặc cơ quan ban hành",
      summary_en="First mention of a document without its date or issuer",
      explanation_vi="Lần đầu dẫn một văn bản cần ghi đủ tên loại, số và ký hiệu, ngày ban hành và cơ quan ban hành "
                     "(“Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị”); các lần sau có thể viết gọn. "
                     "Cơ quan ban hành coi như đã ghi khi nó là chủ ngữ của câu (“Ban Thường vụ Huyện ủy ban hành "
                     "Kế hoạch số ...”). Đề mục, tiêu đề và bảng không bị kiểm tra; văn bản quy phạm pháp luật "
                     "(30/2020/NĐ-CP, 80/2015/QH13) mang năm và cơ quan ban hành trong ký hiệu nên cũng không.",
      explanation_en="The first citation of a document names its type, number and symbol, date and issuer; later "
                     "mentions may be short. The issuer counts as named when it is the subject of the sentence "
                     "(“X ban hành Kế hoạch số ...”). Headings, the title and tables are not checked, nor are normative "
                     "documents (30/2020/NĐ-CP, 80/2015/QH13), whose symbols carry the year and the issuer.",
      bad="Triển khai Đề án số 03-ĐA/HU về nâng cao chất lượng sinh hoạt chi bộ",
      good="Triển khai Đề án số 03-ĐA/HU, ngày 12/5/2023 của Ban Thường vụ Huyện ủy về nâng cao chất lượng "
           "sinh hoạt chi bộ")
def check_first_mentions(doc: Document, ctx):
    cites = _citations(doc, ctx)
    statements = Statements(doc, cites)
    reported: set[tuple[int, int]] = set()
    for key, mentions in _by_document(doc, ctx).items():
        if key[0] == NORMATIVE:
            continue  # 80/2015/QH13 carries its year and its issuer; laws are cited without a date
        first, later_full = _first_incomplete(doc, mentions, statements)
        if first is None or (first.block, first.start) in reported:
            continue
        reported.add((first.block, first.start))
        missing_vi, missing_en = _missing(first, statements)
        related = []
        if later_full is not None:
            missing_vi += " (ghi đầy đủ ở lần nhắc sau)"
            missing_en += " (given in full at a later mention)"
            related = [_span(later_full, later_full.head)]
        yield finding("KT306", f"Lần đầu nhắc đến “{first.head.text}” chưa ghi {missing_vi}",
                      f"First mention of “{first.head.text}” without its {missing_en}", _span(first, first.head),
                      related=related)


def _first_incomplete(doc: Document, mentions: list[Citation],
                      statements: Statements) -> tuple[Citation | None, Citation | None]:
    """The first mention in running text, when nothing before it cites the document in full."""
    for i, c in enumerate(mentions):
        complete = statements.complete(c)
        if _outside_prose(doc.blocks[c.block]):
            if complete:
                return None, None
            continue
        if complete or c.is_short:
            return None, None
        return c, next((m for m in mentions[i + 1:] if statements.complete(m)), None)
    return None, None


def _outside_prose(block) -> bool:
    """Headings, centred title lines and table cells cite documents without the full form."""
    return block.kind in (HEADING, TABLE_CELL) or block.centered


def _missing(c: Citation, statements: Statements) -> tuple[str, str]:
    no_date, no_issuer = not statements.has_date(c), not statements.has_issuer(c)
    if no_date and no_issuer:
        return "ngày ban hành và cơ quan ban hành", "date and issuer"
    if no_date:
        return "ngày ban hành", "date"
    return "cơ quan ban hành", "issuer"
