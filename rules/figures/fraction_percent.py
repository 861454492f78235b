"""KT201: a fraction and the percentage given with it."""

from __future__ import annotations

from fractions import Fraction

import regex

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Fix, finding
from kiemtra_lint.rules.figures.numbers import NumberToken, format_vi, has_decimal_point

from .arith import HUNDRED, Verdict, en_notation, judge_ratio, rounded
from .document import document_claims
from .messages import number_span, ratio_message


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
            vi, en = ratio_message(num, en_notation(num), den, en_notation(den), f.value * HUNDRED, p, verdict,
                                   fp.sentence.text)
            block = fp.sentence.block
            truncated = verdict is Verdict.TRUNCATED
            yield finding("KT201", vi, en, number_span(block, p), related=[number_span(block, f)],
                          severity="info" if truncated else None,
                          fix=_rounding_fix(p, f.value * HUNDRED) if truncated else None)


_DIGITS = regex.compile(r"[0-9.,]+")


def _rounding_fix(p: NumberToken, value: Fraction) -> Fix | None:
    """The truncated percentage's digits replaced by the value rounded to the same decimals.

    Certain: the fraction is exact and the drafter chose the decimals.  Only the digits change
    ("94,8" of "94,8 %"); a percentage typed with a decimal point keeps it.  A qualified claim
    ("trên 94,8%") is not rewritten.
    """
    if p.qualifier is not None:
        return None
    digits = _DIGITS.match(p.text)
    if digits is None:
        return None
    right = format_vi(rounded(value, p.decimals), p.decimals)
    if has_decimal_point(p.text):
        right = right.replace(",", ".")
    return Fix(p.start, p.start + digits.end(), right)
