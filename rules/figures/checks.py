"""KT2xx figures: fractions and percentages, parts and totals, tables, repeated quantities.

Every rule judges with exact arithmetic and the rounding interval of the stated
precision (rules/figures/arith.py).  The claims themselves are found once per
document (rules/figures/claims.py, shared through ``ctx.memo``); a rule here
only judges them and words the finding, showing the arithmetic.
"""

from __future__ import annotations

import regex

import math
from fractions import Fraction

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Span, finding
from kiemtra_lint.rules.figures.numbers import ABOVE, APPROX, BELOW, NumberToken, has_decimal_point

from .arith import HUNDRED, Verdict, en_notation, fmt, judge_ratio, ratio, rounded, shown_decimals
from .model import Base, Breakdown, FractionList, Share
from .document import block_numbers, document_claims
from .repeats import conflicts, statements
from .tables import RatioIssue, SumIssue, read_grid, ratio_issues, total_column_issues, total_row_issues

_QUALIFIER_EN = {APPROX: "about ", ABOVE: "over ", BELOW: "under "}


def _span(block: int, token: NumberToken) -> Span:
    return Span(block, token.start, token.end)


def _stated(text: str, token: NumberToken, lang: str) -> str:
    """The stated value with its qualifier, as the drafter wrote it (vi) or in English notation."""
    if lang == "en":
        typed = token.text if has_decimal_point(token.text) else en_notation(token.text)
        return _QUALIFIER_EN.get(token.qualifier, "") + typed
    start = token.claim_start if token.claim_start is not None else token.start
    return text[start:token.end]


def _percent(value: Fraction, stated: NumberToken, lang: str) -> str:
    return fmt(value, shown_decimals(stated), lang) + "%"


def _with_percent(token: NumberToken, text: str, lang: str) -> str:
    shown = _stated(text, token, lang)
    return shown if shown.endswith("%") else shown + "%"


def _ratio_message(part: str, part_en: str, base: str, base_en: str, value: Fraction, stated: NumberToken,
                   verdict: Verdict, text: str) -> tuple[str, str]:
    """"49/53 = 92,45%, không phải 90,5%" or the truncation note, in both languages."""
    vi_value, en_value = _percent(value, stated, "vi"), _percent(value, stated, "en")
    vi_stated, en_stated = _with_percent(stated, text, "vi"), _with_percent(stated, text, "en")
    if verdict is Verdict.TRUNCATED:
        right = rounded(value, stated.decimals)
        return (f"{part}/{base} = {vi_value}, làm tròn là {fmt(right, stated.decimals, 'vi')}%; "
                f"“{vi_stated}” là số bị cắt bớt chữ số",
                f"{part_en}/{base_en} = {en_value}, which rounds to {fmt(right, stated.decimals, 'en')}%; "
                f"“{en_stated}” is truncated")
    vi, en = f"{part}/{base} = {vi_value}, không phải {vi_stated}", f"{part_en}/{base_en} = {en_value}, not {en_stated}"
    if has_decimal_point(stated.text):  # "87.35%" pasted from a spreadsheet: read, and said so
        vi, en = f"{vi} (viết dấu chấm thập phân)", f"{en} (typed with a decimal point)"
    return vi, en


# -- KT201 -----------------------------------------------------------------------------------

@rule("KT201", "fraction-percent", "figures", "error",
      summary_vi="Phân số và tỷ lệ phần trăm đi kèm không khớp nhau",
      summary_en="A fraction and the percentage given with it do not agree",
      explanation_vi="Khi báo cáo viết “49/53 trường đạt chuẩn, đạt tỷ lệ 92,5%”, tỷ lệ phải bằng phân số, "
                     "làm tròn đến số chữ số thập phân đã viết: 49/53 = 92,45%, viết “92,5%” là đúng, “90,5%” "
                     "là sai. Số bị cắt bớt thay vì làm tròn (37/39 = 94,87% viết “94,8%”) chỉ được ghi chú. "
                     "Các dạng “trên 95%”, “dưới 5%” được xét một phía; “khoảng 90%” không bị xét. Ngày tháng "
                     "(15/3/2021), số ký hiệu văn bản (30/2020/NĐ-CP), tỷ lệ bản đồ (1/2000), “12 cuộc/15 lượt” "
                     "không phải phân số.",
      explanation_en="When a report writes “49/53 schools meet the standard, 92.5%”, the percentage must equal the "
                     "fraction rounded to the decimals shown. A truncated value (37/39 = 94.87% written “94.8%”) "
                     "is only a note. “Over 95%” and “under 5%” are judged one-sided; “about 90%” is not judged. "
                     "Dates, document symbols, map scales and “12 sessions/15 visits” are not fractions.",
      bad="Có 49/53 trường đạt chuẩn quốc gia, đạt tỷ lệ 90,5%.",
      good="Có 49/53 trường đạt chuẩn quốc gia, đạt tỷ lệ 92,5%.")
def check_fraction_percent(doc: Document, ctx):
    for claims in document_claims(doc, ctx):
        for fp in claims.fraction_percents:
            f, p = fp.fraction, fp.percent
            verdict = judge_ratio(Fraction(f.numerator), Fraction(f.denominator), p)
            if verdict is Verdict.HOLDS:
                continue
            num, den = f.text.split("/")
            vi, en = _ratio_message(num, en_notation(num), den, en_notation(den), f.value * HUNDRED, p, verdict, fp.sentence.text)
            yield finding("KT201", vi, en, _span(fp.sentence.block, p), related=[_span(fp.sentence.block, f)],
                          severity="info" if verdict is Verdict.TRUNCATED else None)


# -- KT202 -----------------------------------------------------------------------------------

def _judge_share(share: Share) -> tuple[Verdict, Base | None]:
    """HOLDS when any base in reach explains the share; else the verdict against the nearest stated total.

    With no stated total in reach there is nothing to judge against: HOLDS.
    """
    truncated = None
    for base in share.anchors + share.others:
        verdict = judge_ratio(share.part, base.amount, share.percent)
        if verdict is Verdict.HOLDS:
            return Verdict.HOLDS, base
        if verdict is Verdict.TRUNCATED and truncated is None:
            truncated = base
    if truncated is not None:
        return Verdict.TRUNCATED, truncated
    if not share.anchors:
        return Verdict.HOLDS, None
    return Verdict.WRONG, share.anchors[0]


def _common_base(b: Breakdown, pairs: list[tuple[NumberToken, NumberToken]]) -> int | None:
    """One whole number that every share of the breakdown fits, other than its stated total."""
    low, high = Fraction(0), None
    for part, p in pairs:
        if part.decimals or p.qualifier is not None:
            return None
        lo_pct, hi_pct = p.value - p.half_unit, p.value + p.half_unit
        if lo_pct <= 0:
            return None
        low = max(low, part.value * HUNDRED / hi_pct)
        high = part.value * HUNDRED / lo_pct if high is None else min(high, part.value * HUNDRED / lo_pct)
    if high is None or low > high:
        return None
    first, last = math.ceil(low), math.floor(high)
    if first > last:
        return None
    parts_sum = sum(p.token.value for p in b.parts)
    base = int(parts_sum) if first <= parts_sum <= last else first
    return None if base == b.total.value else base


@rule("KT202", "share-of-total", "figures", "error",
      summary_vi="Tỷ lệ phần trăm của một bộ phận không khớp với tổng số",
      summary_en="A part's percentage does not match its total",
      explanation_vi="“Tổng số 412 người; trong đó 371 người có trình độ đại học (tỷ lệ 91,05%)”: 371/412 = "
                     "90,05%. Tổng số có thể là số được nêu là tổng (“Tổng số”, “gồm”, “có”), tổng của phần liệt "
                     "kê, hay một số khác ngay gần đó (tử số, mẫu số của một phân số, tổng số đã nêu trước): tỷ lệ "
                     "được chấp nhận khi khớp với bất kỳ tổng số hợp lý nào. Khi mọi tỷ lệ của một phần liệt kê "
                     "cùng khớp với một tổng khác, quy tắc nêu tổng đó. Khi câu không nêu tổng số, tổng số có thể "
                     "là tổng duy nhất của cùng danh từ ở câu trước hoặc ở đề mục (“Toàn huyện có 17 xã. Có 11 xã "
                     "... (chiếm 61,1%)”: 11/17 = 64,71%), hay mẫu số của phân số liệt kê ngay trước; thông báo nêu "
                     "tổng số đã dùng. Tỷ lệ tăng trưởng (“tăng 12,5% so với cùng kỳ”), tỷ lệ so với kế hoạch, dự "
                     "toán và tỷ lệ không có tổng số chắc chắn không bị xét.",
      explanation_en="“412 staff in total; 371 hold a degree (91.05%)”: 371/412 = 90.05%. The base may be a stated "
                     "total, the sum of the listed parts or another number close by (a fraction's numerator or "
                     "denominator, an earlier total): the share is accepted when any sensible base makes it hold. "
                     "When all the shares of a breakdown fit one other total, the rule names it. With no total in "
                     "the sentence, the base may be the one total of the same noun in the sentence before or in the "
                     "heading, or the denominator of a fraction listed just before; the message names it. Growth "
                     "rates, percentages of a plan or budget and percentages with no certain base are not judged.",
      bad="Tổng số cán bộ là 412 người; trong đó 371 người có trình độ đại học (tỷ lệ 91,05%).",
      good="Tổng số cán bộ là 412 người; trong đó 371 người có trình độ đại học (tỷ lệ 90,05%).")
def check_share_of_total(doc: Document, ctx):
    for claims in document_claims(doc, ctx):
        explained: set[int] = set()
        for b in claims.breakdowns:
            yield from _breakdown_base(b, claims.shares, explained)
        for share in claims.shares:
            if id(share) in explained:
                continue
            verdict, base = _judge_share(share)
            if verdict is Verdict.HOLDS:
                continue
            part, p = share.part, share.percent
            vi, en = _ratio_message(part.text, en_notation(part.text), base.typed, en_notation(base.typed),
                                    ratio(part, base.value), p, verdict, share.sentence.text)
            if base.where_vi:
                vi, en = f"{vi}; {base.typed} là {base.where_vi}", f"{en}; {en_notation(base.typed)} is {base.where_en}"
            yield finding("KT202", vi, en, _span(share.sentence.block, p),
                          related=[_span(share.sentence.block, part)],
                          severity="info" if verdict is Verdict.TRUNCATED else None)


def _breakdown_base(b: Breakdown, shares: list[Share], explained: set[int]):
    """All the shares of ``b`` fit another total: say which, once, at the stated total."""
    mine = [s for s in shares if s.breakdown is b and not s.target]
    if len(mine) < 2:
        return
    if all(judge_ratio(s.part, b.total, s.percent) is not Verdict.WRONG for s in mine):
        return
    base = _common_base(b, [(s.part, s.percent) for s in mine])
    if base is None:
        return
    explained.update(id(s) for s in mine)
    text = b.sentence.text
    listed_vi = ", ".join(_with_percent(s.percent, text, "vi") for s in mine)
    listed_en = ", ".join(_with_percent(s.percent, text, "en") for s in mine)
    is_sum = base == sum(p.token.value for p in b.parts)
    yield finding("KT202",
                  f"Các tỷ lệ {listed_vi} được tính trên {fmt(base, 0, 'vi')}"
                  f"{' (tổng các phần)' if is_sum else ''}, không phải {b.total.text} đã nêu",
                  f"The shares {listed_en} are taken of {fmt(base, 0, 'en')}"
                  f"{' (the sum of the parts)' if is_sum else ''}, not the stated {en_notation(b.total.text)}",
                  _span(b.sentence.block, b.total),
                  related=[_span(b.sentence.block, s.percent) for s in mine])


# -- KT203 -----------------------------------------------------------------------------------

@rule("KT203", "parts-sum", "figures", "error",
      summary_vi="Các bộ phận cộng lại không bằng tổng số đã nêu",
      summary_en="The parts do not add up to the stated total",
      explanation_vi="“254 đơn thư, trong đó 45 đơn khiếu nại, 212 đơn kiến nghị, 07 đơn tố cáo”: 45 + 212 + "
                     "07 = 264, khác 254. Áp dụng cho “N ..., trong đó a ..., b ...”, “N ... gồm a ..., b ...” "
                     "và “N ... (a ..., b ...)”. Các bộ phận vượt tổng số là lỗi. Thiếu so với tổng số là lỗi khi "
                     "liệt kê được nói là đầy đủ (“gồm”, trong ngoặc, “... khác”), là cảnh báo khi sau “trong đó” "
                     "là các loại của cùng một cách phân loại (mức xếp loại, hình thức kỷ luật); còn lại thì không "
                     "xét, vì “trong đó” có thể chỉ nêu một vài bộ phận. Không xét liệt kê để ngỏ (“trong đó có "
                     "...”, “số còn lại ...”) và các thuộc tính có thể trùng nhau (nữ, dân tộc thiểu số, “... trở "
                     "lên”). Một bộ phận lớn hơn tổng số (“tiếp nhận 9 đơn, trong đó chuyển 12 đơn”) luôn là lỗi; "
                     "phân số chia thành các phân số (“412/760 trường, trong đó 95/210, 180/300, 137/240”) được "
                     "cộng cả tử số lẫn mẫu số.",
      explanation_en="“254 letters, of which 45 complaints, 212 petitions, 07 denunciations”: 45 + 212 + 07 = 264, "
                     "not 254. Parts above the total are an error. Parts below it are an error when the list is "
                     "said to be complete (“gồm”, brackets, “... khác”) and a warning when a bare “trong đó” lists "
                     "the categories of one classification (ratings, forms of discipline); otherwise not judged, "
                     "since “trong đó” may name only some parts. Open lists and overlapping attributes are not "
                     "judged. A part larger than its total is always an error; a fraction broken into fractions "
                     "has both its numerators and its denominators added up.",
      bad="Đã tiếp nhận 254 đơn thư, trong đó 45 đơn khiếu nại, 212 đơn kiến nghị, 07 đơn tố cáo.",
      good="Đã tiếp nhận 264 đơn thư, trong đó 45 đơn khiếu nại, 212 đơn kiến nghị, 07 đơn tố cáo.")
def check_parts_sum(doc: Document, ctx):
    for claims in document_claims(doc, ctx):
        for fl in claims.fraction_lists:
            yield from _fraction_list_findings(fl)
        for b in claims.breakdowns:
            if len(b.parts) == 1:  # built only when the one part is larger than its whole
                yield _part_above_whole(b)
                continue
            if b.kind != "count" or b.open_ended or b.overlapping:
                continue
            parts = [p.token for p in b.parts]
            if not b.total.decimals and b.total.value.denominator == 1 \
                    and all(not t.decimals and t.value.denominator == 1 for t in parts) \
                    and sum(t.value.numerator for t in parts) == b.total.value.numerator:
                continue  # whole numbers that add up (the usual case), told without Fraction arithmetic
            total = sum((t.value for t in parts), Fraction(0))
            tolerance = sum((t.half_unit for t in parts if t.decimals), Fraction(0))
            tolerance += b.total.half_unit if b.total.decimals else 0
            gap = total - b.total.value
            if abs(gap) <= tolerance or (gap < 0 and not _should_cover(b, total)):
                continue
            decimals = max(t.decimals for t in parts)
            sum_vi = " + ".join(t.text for t in parts) + f" = {fmt(total, decimals, 'vi')}"
            sum_en = " + ".join(en_notation(t.text) for t in parts) + f" = {fmt(total, decimals, 'en')}"
            block = b.sentence.block
            severity = "warning" if gap < 0 and not b.complete else None  # a bare "trong đó" list
            yield finding("KT203", f"{sum_vi}, khác tổng số {b.total.text}",
                          f"{sum_en}, not the stated total {en_notation(b.total.text)}",
                          Span(block, parts[0].start, parts[-1].end), related=[_span(block, b.total)],
                          severity=severity)


def _fraction_list_findings(fl: FractionList):
    """The numerators, then the denominators, of the parts against the whole's."""
    whole, parts, block = fl.whole, fl.parts, fl.sentence.block
    sums = [(sum(p.numerator for p in parts), whole.numerator, 0, "tử số", "numerator"),
            (sum(p.denominator for p in parts), whole.denominator, 1, "mẫu số", "denominator")]
    shown_complete = fl.complete or any(total == stated for total, stated, *_ in sums)
    for total, stated, side, name_vi, name_en in sums:
        if total == stated or (total < stated and (fl.open_ended or not shown_complete)):
            continue
        terms = " + ".join(p.text.split("/")[side] for p in parts)
        yield finding("KT203", f"{terms} = {fmt(total, 0, 'vi')}, khác {name_vi} {whole.text.split('/')[side]} "
                               f"của {whole.text}",
                      f"{en_notation(terms)} = {fmt(total, 0, 'en')}, not the {name_en} "
                      f"{en_notation(whole.text.split('/')[side])} of {en_notation(whole.text)}",
                      Span(block, parts[0].start, parts[-1].end), related=[_span(block, whole)])


def _part_above_whole(b: Breakdown):
    """"Tiếp nhận 9 đơn, trong đó chuyển 12 đơn": a part can never exceed its whole."""
    part, block = b.parts[0].token, b.sentence.block
    return finding("KT203", f"{part.text} > {b.total.text}: một phần lớn hơn tổng số đã nêu",
                   f"{en_notation(part.text)} > {en_notation(b.total.text)}: a part larger than the stated total",
                   _span(block, part), related=[_span(block, b.total)])


def _should_cover(b: Breakdown, parts_sum: Fraction) -> bool:
    """Parts that fall short of the total are wrong only if they were meant to make it up.

    They were when the list is said to be complete ("gồm", a bracket, "... khác").  After a
    bare "trong đó" they were when they name the categories of one set that divides a whole
    (xếp loại, kỷ luật); otherwise a bare "trong đó" may name only some parts: "22.450 hộ,
    trong đó 462 hộ nghèo, 1.035 hộ cận nghèo", "42.500 con gia súc, trong đó đàn bò ...,
    đàn lợn ...".
    """
    return b.complete or (b.cue in ("trong đó", "trong số đó") and b.scheme)


# -- KT204 -----------------------------------------------------------------------------------

@rule("KT204", "shares-sum", "figures", "error",
      summary_vi="Các tỷ lệ chia một tổng thể cộng lại không bằng 100%",
      summary_en="Shares of one whole do not add up to 100%",
      explanation_vi="“Cơ cấu kinh tế: nông nghiệp 38,2%; công nghiệp - xây dựng 27,5%; dịch vụ 36,1%”: "
                     "38,2% + 27,5% + 36,1% = 101,8%. Tổng các tỷ lệ được phép lệch khỏi 100% không quá tổng sai "
                     "số làm tròn của từng tỷ lệ (ba tỷ lệ một chữ số thập phân: 0,15%).",
      explanation_en="“Economic structure: agriculture 38.2%; industry 27.5%; services 36.1%” adds up to 101.8%. The "
                     "sum may differ from 100% by no more than the rounding of each share.",
      bad="Cơ cấu kinh tế năm 2022: nông nghiệp 38,2%; công nghiệp - xây dựng 27,5%; dịch vụ 36,1%.",
      good="Cơ cấu kinh tế năm 2022: nông nghiệp 38,2%; công nghiệp - xây dựng 27,5%; dịch vụ 34,3%.")
def check_shares_sum(doc: Document, ctx):
    for claims in document_claims(doc, ctx):
        for share_list in claims.share_lists:
            percents = share_list.percents
            total = sum((p.value for p in percents), Fraction(0))
            half_units = sum((p.half_unit for p in percents), Fraction(0))
            # rounded shares may miss 100 by their half units; truncated ones fall short by up to a unit each
            if -2 * half_units <= total - HUNDRED <= half_units:
                continue
            if total < HUNDRED and not share_list.complete:
                continue  # "lúa 52,3%; hoa màu 30,1%": the other crops may simply not be listed
            decimals = max(p.decimals for p in percents)
            text = share_list.sentence.text
            vi = " + ".join(_with_percent(p, text, "vi") for p in percents) + f" = {fmt(total, decimals, 'vi')}%"
            en = " + ".join(_with_percent(p, text, "en") for p in percents) + f" = {fmt(total, decimals, 'en')}%"
            block = share_list.sentence.block
            yield finding("KT204", f"{vi}, không phải 100%", f"{en}, not 100%",
                          Span(block, percents[0].start, percents[-1].end))


# -- KT205 -----------------------------------------------------------------------------------

@rule("KT205", "table-arithmetic", "figures", "error",
      summary_vi="Bảng số liệu: dòng/cột tổng không bằng tổng các thành phần, cột tỷ lệ tính sai",
      summary_en="Table: a total row or column is not the sum of its parts, or a percentage column is wrong",
      explanation_vi="Dòng “Tổng”, “Cộng”, “Tổng cộng” (hoặc cột “Tổng số”) phải bằng tổng các dòng (cột) thành "
                     "phần; nếu bảng có dòng con (1.1, a, -), tổng được đối chiếu với từng cấp. Cột tỷ lệ "
                     "(“Tỷ lệ (%)”, “So với KH”) phải bằng tỷ số của hai cột mà phần lớn các dòng cho thấy nó được "
                     "tính từ đó (thực hiện / kế hoạch), làm tròn đến số chữ số đã viết.",
      explanation_en="A “Tổng”, “Cộng” or “Tổng cộng” row (or a “Tổng số” column) must equal the sum of its parts; "
                     "a percentage column must equal the ratio of the two columns most rows show it is computed "
                     "from (actual / plan), rounded to the decimals shown.",
      bad="| Đơn vị | Chỉ tiêu | Kết nạp | Tỷ lệ (%) |\n|---|---|---|---|\n| Xã A | 70 | 76 | 108,75 |\n"
          "| Xã B | 30 | 30 | 100,00 |\n| Xã C | 50 | 45 | 90,00 |\n| Cộng | 150 | 151 | 100,67 |",
      good="| Đơn vị | Chỉ tiêu | Kết nạp | Tỷ lệ (%) |\n|---|---|---|---|\n| Xã A | 70 | 76 | 108,57 |\n"
           "| Xã B | 30 | 30 | 100,00 |\n| Xã C | 50 | 45 | 90,00 |\n| Cộng | 150 | 151 | 100,67 |")
def check_table_arithmetic(doc: Document, ctx):
    for table in doc.tables:
        grid = read_grid(doc, table, block_numbers(ctx))
        if grid.header_rows >= len(grid.rows):
            continue
        for issue in total_row_issues(grid) + total_column_issues(grid):
            yield _sum_finding(issue)
        for issue in ratio_issues(grid):
            yield _ratio_finding(doc, issue)


def _cell_span(cell) -> Span:
    return Span(cell.block, cell.figure.start, cell.figure.end)


_BRACKETED_UNIT = regex.compile(r"\s*\([^)]*\)\s*")


def _short(header: str) -> str:
    """A column header without its unit in brackets: "Kết nạp (đảng viên)" -> "Kết nạp"."""
    return _BRACKETED_UNIT.sub(" ", header).strip() or header


def _sum_finding(issue: SumIssue):
    parts = issue.parts
    decimals = max([p.figure.decimals for p in parts if p.figure is not None] or [0])
    exact = sum((p.value for p in parts), Fraction(0))
    terms_vi = " + ".join(p.figure.text if p.figure is not None else "0" for p in parts)
    terms_en = " + ".join(en_notation(p.figure.text) if p.figure is not None else "0" for p in parts)
    where_vi = f"Cộng cột “{_short(issue.row_header)}”" if issue.by_row else f"Dòng “{issue.row_header}”"
    where_en = f"Column “{_short(issue.row_header)}”" if issue.by_row else f"Row “{issue.row_header}”"
    return finding("KT205", f"{where_vi}: {terms_vi} = {fmt(exact, decimals, 'vi')}, khác {issue.total.figure.text}",
                   f"{where_en}: {terms_en} = {fmt(exact, decimals, 'en')}, not {en_notation(issue.total.figure.text)}",
                   _cell_span(issue.total), related=[_cell_span(p) for p in parts if p.figure is not None])


def _ratio_finding(doc: Document, issue: RatioIssue):
    pct = issue.percent.figure
    num, den = issue.numerator.figure, issue.denominator.figure
    value = num.value * HUNDRED / den.value
    header_p, header_a, header_b = (_short(h) for h in issue.headers)
    how_vi = f"“{header_a}” / “{header_b}”" if not issue.share_of_total else f"“{header_a}” / dòng tổng"
    how_en = f"“{header_a}” / “{header_b}”" if not issue.share_of_total else f"“{header_a}” / the total row"
    vi, en = _ratio_message(num.text, en_notation(num.text), den.text, en_notation(den.text), value, pct, issue.verdict,
                            doc.blocks[issue.percent.block].text)
    return finding("KT205", f"{vi} (cột “{header_p}” = {how_vi})", f"{en} (column “{header_p}” = {how_en})",
                   _cell_span(issue.percent), related=[_cell_span(issue.numerator), _cell_span(issue.denominator)],
                   severity="info" if issue.verdict is Verdict.TRUNCATED else None)


# -- KT206 -----------------------------------------------------------------------------------

@rule("KT206", "repeated-quantity", "figures", "warning",
      summary_vi="Cùng một số lượng được nêu hai giá trị khác nhau trong dự thảo",
      summary_en="The same quantity is given two different values in the draft",
      explanation_vi="“Ban Thường vụ Huyện ủy có 13 đồng chí” ở phần đầu và “Tập thể Ban Thường vụ Huyện ủy (15 "
                     "đồng chí)” ở phần sau: cùng một tập thể, cùng thời điểm, hai con số. Quy tắc so sánh số "
                     "thành viên của cùng một tổ chức, lực lượng (“có”, “gồm”, “là”, trong ngoặc); hai câu nêu "
                     "năm, ngày hoặc thời điểm khác nhau (“khi thành lập”, “đầu nhiệm kỳ”) không bị so sánh.",
      explanation_en="“The Standing Committee has 13 members” early on and “(15 members)” later: one body, one "
                     "time, two numbers. Statements about different years or moments are not compared.",
      bad="Ban Thường vụ Huyện ủy có 13 đồng chí. ... Tập thể Ban Thường vụ Huyện ủy (15 đồng chí) chịu trách nhiệm.",
      good="Ban Thường vụ Huyện ủy có 13 đồng chí. ... Tập thể Ban Thường vụ Huyện ủy (13 đồng chí) chịu trách nhiệm.")
def check_repeated_quantity(doc: Document, ctx):
    for later, first in conflicts(statements(doc)):
        there = f" (“{first.body}”)" if first.body != later.body else ""
        yield finding("KT206",
                      f"“{later.body}”: {later.token.text} {later.unit_text} ở đây, nhưng {first.token.text} "
                      f"{first.unit_text} ở chỗ khác trong dự thảo{there}",
                      f"“{later.body}”: {later.token.text} {later.unit_text} here, but {first.token.text} "
                      f"{first.unit_text} elsewhere in the draft{there}",
                      _span(later.block, later.token), related=[_span(first.block, first.token)])


__all__ = ["check_fraction_percent", "check_parts_sum", "check_repeated_quantity", "check_share_of_total",
           "check_shares_sum", "check_table_arithmetic"]
