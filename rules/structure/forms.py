"""Where a document's annex forms begin: after that point blanks are the forms' fields.

Decisions and guidance end with annexes ("Phụ lục I", "Mẫu số 01", "(Ban hành kèm theo Quyết
định số …)") whose dotted lines, "ngày … tháng … năm …" and "(Ký tên, đóng dấu)" are meant to be
filled in by whoever uses the form; in the body of a draft the same blanks are unfinished text.
Annexes come after the body, so the forms run from the first paragraph that opens one to the end.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from kiemtra_lint.document import FOOTNOTE, Document
from kiemtra_lint.files import load_toml
from kiemtra_lint.rules import rules_data

from .text import fold_aligned, folded_regex

# what may come before the marker in a converted or formatted line: table bars, emphasis, a bracket
_LEAD = regex.compile(r"^[\s|*_#>(\[]*")


@lru_cache(maxsize=1)
def _markers() -> tuple[int, tuple[regex.Pattern, ...]]:
    raw = load_toml(rules_data("structure_placeholders.toml"))["forms"]
    return int(raw["max_chars"]), tuple(folded_regex(p) for p in raw["starts"])


def opens_form(text: str) -> bool:
    """Whether a paragraph is the title line of an annex or form ("PHỤ LỤC II", "Mẫu số 03")."""
    max_chars, starts = _markers()
    text = text.strip()
    if not text or len(text) > max_chars:
        return False
    folded = fold_aligned(text)
    lead = _LEAD.match(folded).end()
    return any(p.match(folded, lead) for p in starts)


def forms_start(doc: Document) -> int | None:
    """The index of the first block of the annex forms, or None when the document has none."""
    for block in doc.blocks:
        if block.kind != FOOTNOTE and opens_form(block.text):
            return block.index
    return None
