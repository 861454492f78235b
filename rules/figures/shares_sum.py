"""KT204: shares of one whole against 100%."""

from __future__ import annotations

from fractions import Fraction

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Span, finding

from .arith import HUNDRED, fmt
from .document import document_claims
from .messages import with_percent


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
            vi = " + ".join(with_percent(p, text, "vi") for p in percents) + f" = {fmt(total, decimals, 'vi')}%"
            en = " + ".join(with_percent(p, text, "en") for p in percents) + f" = {fmt(total, decimals, 'en')}%"
            block = share_list.sentence.block
            yield finding("KT204", f"{vi}, không phải 100%", f"{en}, not 100%",
                          Span(block, percents[0].start, percents[-1].end))
