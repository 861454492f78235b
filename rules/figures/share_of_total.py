"""KT202: a part's percentage against its total (stated, summed, or found before)."""

from __future__ import annotations

import math
from fractions import Fraction

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import finding
from kiemtra_lint.rules.figures.numbers import NumberToken

from .arith import HUNDRED, Verdict, en_notation, fmt, judge_ratio, ratio
from .document import document_claims
from .messages import number_span, ratio_message, with_percent
from .model import Base, Breakdown, Share


def _judge_share(share: Share) -> tuple[Verdict, Base | None]:
    """HOLDS when any base in reach explains the share; else the verdict against the nearest stated total.

    With no stated total in reach there is nothing to judge against: HOLDS.
    """
    truncated = None
    if share.percent.value <= HUNDRED and not share.target:  # a share of at most 100% is never of a base below its part
        share.anchors = [b for b in share.anchors if b.value >= share.part.value]
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
                     "toán và tỷ lệ không có tổng số chắc chắn không bị xét: một tổng số ở vế khác (sau dấu “;”) của "
                     "danh từ khác, số trung bình, ngưỡng (“dưới 5 tiêu chí”), số nhỏ hơn bộ phận, số người với số "
                     "vụ việc; các tỷ lệ cộng lại vượt xa 100% (tỷ lệ trong từng loại, như tỷ lệ trường đạt chuẩn "
                     "của từng cấp học) cũng không bị xét.",
      explanation_en="“412 staff in total; 371 hold a degree (91.05%)”: 371/412 = 90.05%. The base may be a stated "
                     "total, the sum of the listed parts or another number close by (a fraction's numerator or "
                     "denominator, an earlier total): the share is accepted when any sensible base makes it hold. "
                     "When all the shares of a breakdown fit one other total, the rule names it. With no total in "
                     "the sentence, the base may be the one total of the same noun in the sentence before or in the "
                     "heading, or the denominator of a fraction listed just before; the message names it. Growth "
                     "rates, percentages of a plan or budget and percentages with no certain base are not judged: "
                     "a total in another clause (after a “;”) of another noun, an average, a threshold (“under 5 "
                     "criteria”), a number below the part, persons against cases; percentages adding up to well "
                     "over 100% (rates within each category) are not judged either.",
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
            vi, en = ratio_message(part.text, en_notation(part.text), base.typed, en_notation(base.typed),
                                    ratio(part, base.value), p, verdict, share.sentence.text)
            if base.where_vi:
                vi, en = f"{vi}; {base.typed} là {base.where_vi}", f"{en}; {en_notation(base.typed)} is {base.where_en}"
            yield finding("KT202", vi, en, number_span(share.sentence.block, p),
                          related=[number_span(share.sentence.block, part)],
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
    listed_vi = ", ".join(with_percent(s.percent, text, "vi") for s in mine)
    listed_en = ", ".join(with_percent(s.percent, text, "en") for s in mine)
    is_sum = base == sum(p.token.value for p in b.parts)
    yield finding("KT202",
                  f"Các tỷ lệ {listed_vi} được tính trên {fmt(base, 0, 'vi')}"
                  f"{' (tổng các phần)' if is_sum else ''}, không phải {b.total.text} đã nêu",
                  f"The shares {listed_en} are taken of {fmt(base, 0, 'en')}"
                  f"{' (the sum of the parts)' if is_sum else ''}, not the stated {en_notation(b.total.text)}",
                  number_span(b.sentence.block, b.total),
                  related=[number_span(b.sentence.block, s.percent) for s in mine])
