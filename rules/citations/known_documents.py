"""KT305: date, type, issuer or term contradicting the registry of known documents."""

from __future__ import annotations

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import finding

from .common import citations_of, registry_of, span_of, user_registries
from .known import contradictions


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
    citations = citations_of(doc, ctx)
    if not citations and not user_registries(ctx):
        return
    known = registry_of(ctx)
    error = ctx.cache.get("citations.registry_error")
    if error is not None:
        yield finding("KT305", error.vi, error.en, None, severity="warning")
    for c in citations:
        for key in c.keys:
            entry = known.get(key)
            for x in contradictions(c, key, entry) if entry is not None else ():
                yield finding("KT305", x.vi, x.en, span_of(c, x.part))
