"""How a mention contradicts a registry entry (KT305); KT304 leaves these to KT305.

Party documents are numbered afresh each term, State documents each year: a mention dated in
another period than the entry may name another document with the same number, so it is
compared with nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiemtra_lint.rules.citations.parse import NORMATIVE, PARTY, Citation, Part

from . import issuers
from .registry import Entry
from .symbols import specific_type
from .terms import central_term, format_date, is_central, numbering_period, roman


@dataclass(frozen=True, slots=True)
class Contradiction:
    field: str  # "date" | "type" | "issuer" | "term"
    part: Part  # the words at fault
    vi: str
    en: str


def same_document(c: Citation, key: tuple, entry: Entry) -> bool:
    """False when the mention's date puts it in another numbering period than the entry."""
    value = c.date_value.date() if c.date_value is not None else None
    if value is None or entry.date is None:
        return True
    return numbering_period(key, value) == numbering_period(key, entry.date)


def contradictions(c: Citation, key: tuple, entry: Entry) -> list[Contradiction]:
    if not same_document(c, key, entry):
        return []
    out = []
    name = f"{entry.type or 'Văn bản'} {entry.symbol}"
    name_en = f"{entry.type or 'Document'} {entry.symbol}"
    source_vi = f" (nguồn: {entry.source})" if entry.source else f" (danh mục {entry.origin})"
    source_en = f" (source: {entry.source})" if entry.source else f" (registry {entry.origin})"
    value = c.date_value.date() if c.date_value is not None else None
    sym = c.symbol
    year_slip = sym is not None and sym.form == NORMATIVE and value is not None and value.year != sym.year
    if value is not None and entry.date is not None and value != entry.date and not year_slip:
        out.append(Contradiction(
            "date", c.date, f"{name} ban hành ngày {format_date(entry.date)}, không phải {c.date.text}{source_vi}",
            f"{name_en} was issued on {format_date(entry.date)}, not {c.date.text}{source_en}"))
    if entry.type and sym is not None and specific_type(c) not in (None, entry.type):
        out.append(Contradiction(
            "type", c.type_word, f"{entry.symbol} là {entry.type}, không phải {c.type_name}{source_vi}",
            f"{entry.symbol} is a {entry.type}, not a {c.type_name}{source_en}"))
    if entry.issuer and c.issuer is not None and issuers.clash(c.issuer.text, entry.issuer):
        out.append(Contradiction(
            "issuer", c.issuer, f"{name} do {entry.issuer} ban hành, không phải “{c.issuer.text}”{source_vi}",
            f"{name_en} was issued by {entry.issuer}, not “{c.issuer.text}”{source_en}"))
    term = entry.term or (central_term(entry.date) if entry.date and key[0] == PARTY and is_central(key[3]) else None)
    if term and c.term_number and c.term_number != term and value is None:  # with a date, KT303 compares them
        out.append(Contradiction(
            "term", c.term, f"{name} là văn bản khóa {roman(term)}, không phải khóa {roman(c.term_number)}{source_vi}",
            f"{name_en} belongs to term {roman(term)}, not term {roman(c.term_number)}{source_en}"))
    return out
