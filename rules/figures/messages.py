"""Wording shared by the KT2xx rules: spans of numbers and the arithmetic shown in messages."""

from __future__ import annotations

from fractions import Fraction

from kiemtra_lint.findings import Span
from kiemtra_lint.rules.figures.numbers import ABOVE, APPROX, BELOW, NumberToken, has_decimal_point

from .arith import Verdict, en_notation, fmt, rounded, shown_decimals

_QUALIFIER_EN = {APPROX: "about ", ABOVE: "over ", BELOW: "under "}


def number_span(block: int, token: NumberToken) -> Span:
    return Span(block, token.start, token.end)


def stated_text(text: str, token: NumberToken, lang: str) -> str:
    """The stated value with its qualifier, as the drafter wrote it (vi) or in English notation."""
    if lang == "en":
        typed = token.text if has_decimal_point(token.text) else en_notation(token.text)
        return _QUALIFIER_EN.get(token.qualifier, "") + typed
    start = token.claim_start if token.claim_start is not None else token.start
    return text[start:token.end]


def percent_text(value: Fraction, stated: NumberToken, lang: str) -> str:
    return fmt(value, shown_decimals(stated), lang) + "%"


def with_percent(token: NumberToken, text: str, lang: str) -> str:
    shown = stated_text(text, token, lang)
    return shown if shown.endswith("%") else shown + "%"


def ratio_message(part: str, part_en: str, base: str, base_en: str, value: Fraction, stated: NumberToken,
                   verdict: Verdict, text: str) -> tuple[str, str]:
    """"49/53 = 92,45%, không phải 90,5%" or the truncation note, in both languages."""
    vi_value, en_value = percent_text(value, stated, "vi"), percent_text(value, stated, "en")
    vi_stated, en_stated = with_percent(stated, text, "vi"), with_percent(stated, text, "en")
    if verdict is Verdict.TRUNCATED:
        # one digit more than the drafter wrote, so that the digit that rounds up shows: 8,996%, not 9,00%
        shown = max(stated.decimals + 1, shown_decimals(stated))
        vi_value, en_value = fmt(value, shown, "vi") + "%", fmt(value, shown, "en") + "%"
        right = rounded(value, stated.decimals)
        return (f"{part}/{base} = {vi_value}, làm tròn là {fmt(right, stated.decimals, 'vi')}%; "
                f"“{vi_stated}” là số bị cắt bớt chữ số",
                f"{part_en}/{base_en} = {en_value}, which rounds to {fmt(right, stated.decimals, 'en')}%; "
                f"“{en_stated}” is truncated")
    vi, en = f"{part}/{base} = {vi_value}, không phải {vi_stated}", f"{part_en}/{base_en} = {en_value}, not {en_stated}"
    if has_decimal_point(stated.text):  # "87.35%" pasted from a spreadsheet: read, and said so
        vi, en = f"{vi} (viết dấu chấm thập phân)", f"{en} (typed with a decimal point)"
    return vi, en
