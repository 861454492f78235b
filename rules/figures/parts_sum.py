"""KT203: parts against their stated total (counts, and fractions broken into fractions)."""

from __future__ import annotations

from fractions import Fraction

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Span, finding

from .arith import HUNDRED, Verdict, en_notation, fmt, judge_ratio
from .document import document_claims
from .intervals import is_rounded, qualified_text, stated_bounds
from .messages import number_span, with_percent
from .model import Breakdown, FractionList, Remainder, Share


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
                     "phân số chia thành các phân số (“412/760 trường, trong đó 95/210, 180/300, 137/240”, hay "
                     "liệt kê trong ngoặc sau tỷ lệ của cả phân số) được cộng cả tử số lẫn mẫu số. Số còn lại sau "
                     "một phân số (“đã giải quyết 238/316 vụ, còn lại 35 vụ”) phải bằng mẫu số trừ tử số "
                     "(316 - 238 = 78). Các kết quả nêu ở câu ngay sau (“Đã giải quyết 124 vụ. Qua giải quyết, 24 "
                     "vụ ..., 52 vụ ...”) không được vượt tổng số ở câu trước. Các bộ phận có tỷ lệ cộng lại đúng "
                     "100% là toàn bộ, nên phải cộng lại bằng tổng số, kể cả sau “trong đó”. Số ước tính (“ước đạt”) "
                     "được cộng như số đã nêu; “hơn 901”, “gần 2,7” được hiểu là đã làm tròn ở chữ số cuối "
                     "([901; 902), (2,6; 2,7]); “khoảng”, “trên”, “trở lên” không được cộng. Câu nêu tổng số trước "
                     "(“Trong tổng số thu 145.943 tỷ đồng thì ...; ...”) cũng được xét. Phép tính mẫu (“a + b – "
                     "(c + d) = e”), các giá trị của những năm khác nhau và các mã số chỉ tiêu hay tài khoản "
                     "(“chỉ tiêu 130 gồm 131, 132 và 136”) không phải là các bộ phận.",
      explanation_en="“254 letters, of which 45 complaints, 212 petitions, 07 denunciations”: 45 + 212 + 07 = 264, "
                     "not 254. Parts above the total are an error. Parts below it are an error when the list is "
                     "said to be complete (“gồm”, brackets, “... khác”) and a warning when a bare “trong đó” lists "
                     "the categories of one classification (ratings, forms of discipline); otherwise not judged, "
                     "since “trong đó” may name only some parts. Open lists and overlapping attributes are not "
                     "judged. A part larger than its total is always an error; a fraction broken into fractions "
                     "(also in a bracket after the whole's percentage) has both its numerators and its denominators "
                     "added up. The rest after a fraction (“238/316 resolved, 35 left”) must be the denominator "
                     "less the numerator. Outcomes listed in the next sentence (“Qua giải quyết, ...”) cannot add "
                     "up to more than the total of the sentence before. Parts whose shares add up to 100% are the "
                     "whole and must add up to the total, after a bare “trong đó” too. Estimates (“ước đạt”) add up like "
                     "stated values; “hơn 901” and “gần 2,7” are read as rounded at their last digit; “khoảng”, "
                     "“trên”, “trở lên” are not added up. A sentence that names its whole first (“Trong tổng số "
                     "... thì ...; ...”) is judged too. Worked calculations (“a + b – (c + d) = e”) and the values of "
                     "different years and the codes of form lines or accounts (“line 130 is 131, 132 and 136”) "
                     "are not parts.",
      bad="Đã tiếp nhận 254 đơn thư, trong đó 45 đơn khiếu nại, 212 đơn kiến nghị, 07 đơn tố cáo.",
      good="Đã tiếp nhận 264 đơn thư, trong đó 45 đơn khiếu nại, 212 đơn kiến nghị, 07 đơn tố cáo.")
def check_parts_sum(doc: Document, ctx):
    for claims in document_claims(doc, ctx):
        for fl in claims.fraction_lists:
            yield from _fraction_list_findings(fl)
        for r in claims.remainders:
            yield from _remainder_findings(r)
        yield from _whole_by_shares(claims.shares)
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
            text = b.sentence.text
            stated = [stated_bounds(text, t) for t in (*parts, b.total)]
            spans = [x for x in stated if x is not None]
            if len(spans) < len(stated):
                continue  # "khoảng", "trên", "trở lên": too loose to add up
            low = sum((x[0] for x in spans[:-1]), Fraction(0))
            high = sum((x[1] for x in spans[:-1]), Fraction(0))
            total_low, total_high = spans[-1]
            total = sum((t.value for t in parts), Fraction(0))
            gap = -1 if high < total_low else 1 if low > total_high else 0
            shown_whole = _shares_make_whole(b, claims.shares)
            if gap == 0 or (gap < 0 and not _should_cover(b, total) and not shown_whole):
                continue
            decimals = max(t.decimals for t in parts)
            rounded = [t for t in (*parts, b.total) if is_rounded(text, t)]
            sum_vi = " + ".join(t.text for t in parts) + f" = {fmt(total, decimals, 'vi')}"
            sum_en = " + ".join(en_notation(t.text) for t in parts) + f" = {fmt(total, decimals, 'en')}"
            bound = high if gap < 0 else low
            if rounded and bound != total:  # "hơn 901 + hơn 1.150": at most 902 + 1.160
                sum_vi += f" ({'tối đa' if gap < 0 else 'tối thiểu'} {fmt(bound, decimals, 'vi')}" \
                          f" với “hơn”, “gần” là làm tròn ở chữ số cuối)"
                sum_en += f" ({'at most' if gap < 0 else 'at least'} {fmt(bound, decimals, 'en')}" \
                          f" with “hơn”, “gần” rounded at the last digit)"
            block = b.sentence.block
            severity = "warning" if gap < 0 and not (b.complete or shown_whole) else None  # a bare "trong đó" list
            where_vi = f" {b.total_where_vi}" if b.total_where_vi else ""
            where_en = f" {b.total_where_en}" if b.total_where_en else ""
            stated_vi, stated_en = qualified_text(text, b.total)  # "hơn 2.151"
            yield finding("KT203", f"{sum_vi}, khác tổng số {stated_vi}{where_vi}",
                          f"{sum_en}, not the stated total {stated_en}{where_en}",
                          Span(block, parts[0].start, parts[-1].end), related=[number_span(block, b.total)],
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
                      Span(block, parts[0].start, parts[-1].end), related=[number_span(block, whole)])


def _remainder_findings(r: Remainder):
    """"đã giải quyết 238/316 vụ, còn lại 35 vụ": the rest is the denominator less the numerator."""
    f, rest, block = r.fraction, r.rest, r.sentence.block
    right = f.denominator - f.numerator
    if rest.value == right:
        return
    num, den = f.text.split("/")
    yield finding("KT203", f"{den} - {num} = {fmt(Fraction(right), 0, 'vi')}, không phải {rest.text}: "
                           f"số còn lại của {f.text}",
                  f"{en_notation(den)} - {en_notation(num)} = {fmt(Fraction(right), 0, 'en')}, not "
                  f"{en_notation(rest.text)}: what {en_notation(f.text)} leaves",
                  number_span(block, rest), related=[number_span(block, f)])


def _part_above_whole(b: Breakdown):
    """"Tiếp nhận 9 đơn, trong đó chuyển 12 đơn": a part can never exceed its whole."""
    part, block = b.parts[0].token, b.sentence.block
    return finding("KT203", f"{part.text} > {b.total.text}: một phần lớn hơn tổng số đã nêu",
                   f"{en_notation(part.text)} > {en_notation(b.total.text)}: a part larger than the stated total",
                   number_span(block, part), related=[number_span(block, b.total)])


def _whole_by_shares(shares: list[Share]):
    """Parts of one stated total, each with its share, outside any breakdown: "đã giải quyết 643.272 hồ
    sơ; trong đó, số hồ sơ đúng hạn là 635.593 hồ sơ, chiếm 98,81%; số hồ sơ quá hạn là 7.677 hồ sơ,
    chiếm 1,19%".  Shares adding up to 100% say the parts are the whole: they must add up to it."""
    groups: dict[int, list[Share]] = {}
    for x in shares:
        if x.breakdown is None and not x.target and x.anchors and x.anchors[0].token is not None \
                and x.percent.is_exact and x.part.is_exact:
            groups.setdefault(id(x.anchors[0].token), []).append(x)
    for group in groups.values():
        parts = list({id(x.part): x.part for x in group}.values())
        if len(parts) < 2 or len(parts) != len(group):
            continue
        percents = [x.percent for x in group]
        rounding = sum((p.half_unit for p in percents), Fraction(0))
        if abs(sum((p.value for p in percents), Fraction(0)) - HUNDRED) > rounding:
            continue
        whole = group[0].anchors[0].token
        if any(judge_ratio(x.part, whole, x.percent) is Verdict.WRONG for x in group):
            continue  # KT202 says which share is wrong
        total = sum((t.value for t in parts), Fraction(0))
        tolerance = sum((t.half_unit for t in parts if t.decimals), Fraction(0))
        tolerance += whole.half_unit if whole.decimals else 0
        if abs(total - whole.value) <= tolerance:
            continue
        decimals = max(t.decimals for t in parts)
        block = group[0].sentence.block
        listed_vi = " + ".join(with_percent(p, group[0].sentence.text, "vi") for p in percents)
        listed_en = " + ".join(with_percent(p, group[0].sentence.text, "en") for p in percents)
        yield finding("KT203",
                      " + ".join(t.text for t in parts) + f" = {fmt(total, decimals, 'vi')}, khác tổng số {whole.text}"
                      f" (các tỷ lệ {listed_vi} = 100%: các phần là toàn bộ)",
                      " + ".join(en_notation(t.text) for t in parts) + f" = {fmt(total, decimals, 'en')}, not the "
                      f"stated total {en_notation(whole.text)} (the shares {listed_en} make 100%: the parts are "
                      f"the whole)",
                      Span(block, parts[0].start, parts[-1].end), related=[number_span(block, whole)])


def _shares_make_whole(b: Breakdown, shares: list[Share]) -> bool:
    """Every part of ``b`` has its share and the shares add up to 100% (within their rounding):
    "đã giải quyết 643.272 hồ sơ; trong đó đúng hạn 635.593 hồ sơ (98,81%); quá hạn 7.677 hồ sơ
    (1,19%)" says the two parts are the whole, so they must add up to it, "trong đó" or not."""
    own = {id(x.part): x.percent for x in shares if x.breakdown is b}
    percents = [own.get(id(p.token)) for p in b.parts]
    if any(p is None or not p.is_exact for p in percents):
        return False
    total = sum((p.value for p in percents), Fraction(0))
    return abs(total - HUNDRED) <= sum((p.half_unit for p in percents), Fraction(0))


def _should_cover(b: Breakdown, parts_sum: Fraction) -> bool:
    """Parts that fall short of the total are wrong only if they were meant to make it up.

    They were when the list is said to be complete ("gồm", a bracket, "... khác").  After a
    bare "trong đó" they were when they name the categories of one set that divides a whole
    (xếp loại, kỷ luật); otherwise a bare "trong đó" may name only some parts: "22.450 hộ,
    trong đó 462 hộ nghèo, 1.035 hộ cận nghèo", "42.500 con gia súc, trong đó đàn bò ...,
    đàn lợn ...".
    """
    return b.complete or (b.cue in ("trong đó", "trong số đó") and b.scheme)
