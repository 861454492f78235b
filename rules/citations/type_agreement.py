"""KT302: the type word disagrees with the abbreviation in the symbol."""

from __future__ import annotations

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import finding

from kiemtra_lint.rules.citations.parse import PARTY, Citation, vocabulary

from .common import citations_of, span_of
from .symbols import type_mismatch


@rule("KT302", "type-symbol-mismatch", "citations", "error",
      summary_vi="Tên loại văn bản không khớp chữ viết tắt trong ký hiệu",
      summary_en="The document type word disagrees with the abbreviation in the symbol",
      explanation_vi="Chữ viết tắt trong ký hiệu cho biết loại văn bản: CT là Chỉ thị, CTr là Chương trình, TB là "
                     "Thông báo. “Chương trình số 07-CT/TU” hay “Kế hoạch số 12-TB/ĐU” là nhầm loại hoặc nhầm ký "
                     "hiệu. Quy định của Đảng viết tắt QĐ hoặc QĐi; Quy định của cơ quan nhà nước viết tắt QyĐ. Công "
                     "văn của ngân hàng, doanh nghiệp đánh số theo cách riêng (“công văn số 1812/2017/HR”) không bị "
                     "báo.",
      explanation_en="The abbreviation in a symbol gives the document type: CT is Chỉ thị, CTr is Chương trình, TB "
                     "is Thông báo. A Party Quy định is QĐ or QĐi; a State one is QyĐ. A letter of a bank or a company "
                     "numbered its own way (“công văn số 1812/2017/HR”) is not reported.",
      bad="Chương trình số 07-CT/TU, ngày 10/5/2021 của Tỉnh ủy",
      good="Chương trình số 07-CTr/TU, ngày 10/5/2021 của Tỉnh ủy")
def check_type_agreement(doc: Document, ctx):
    for c in citations_of(doc, ctx):
        problem = type_mismatch(c)
        if problem is not None:
            yield finding("KT302", problem.vi, problem.en, span_of(c, c.head),
                          severity="info" if _issued_with_decision(c) else None)


def _issued_with_decision(c: Citation) -> bool:
    """"Quy định số 75/QĐ-ĐHXX": a regulation cited by the decision that issued it, a common
    shorthand that deserves a note, not an error."""
    sym = c.symbol
    return sym.form != PARTY and sym.spelled in vocabulary().issued_with.get(c.type_name, ())
