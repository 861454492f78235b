"""The interval an amount stands for as written, qualifier included, for sums of parts (KT203).

An exact amount stands for itself, give or take half a unit of its last written decimal.
An estimate ("ước đạt 225,29 tỷ USD") is a stated value like any other: the parts of an
estimated whole are estimated too, and must add up to it.  "hơn 901" and "gần 2,7" are how
reports round an amount down or up at its last significant digit: "hơn 901" is at least 901
and less than 902, "hơn 128.000" less than 129.000, "gần 2,7" above 2,6.  Any other qualifier
("khoảng", "trên", "trở lên", "ít nhất") says too little to add up: None.
"""

from __future__ import annotations

from fractions import Fraction

from kiemtra_lint.rules.figures.numbers import ABOVE, APPROX, BELOW, NumberToken

from .arith import bounds, en_notation

ESTIMATE_WORD = "ước"
ROUNDED_DOWN = ("hơn",)  # the amount was rounded down: the true value is just above it
ROUNDED_UP = ("gần",)  # ... rounded up: just below it
ROUNDED_EN = {"hơn": "over", "gần": "nearly"}


def stated_bounds(text: str, t: NumberToken) -> tuple[Fraction, Fraction] | None:
    """[low, high] of ``t`` as written in ``text``, or None when its qualifier leaves it open."""
    if t.qualifier is None:
        return bounds(t)
    words = tuple(text[t.claim_start:t.start].lower().split())
    if len(words) == 1 and words[0] in ROUNDED_DOWN and t.qualifier == ABOVE:
        return t.value, t.value + last_digit_unit(t)
    if len(words) == 1 and words[0] in ROUNDED_UP and t.qualifier in (APPROX, BELOW):
        return t.value - last_digit_unit(t), t.value
    if t.qualifier == APPROX and words[:1] == (ESTIMATE_WORD,) and "khoảng" not in words:
        return bounds(t)
    return None


def is_rounded(text: str, t: NumberToken) -> bool:
    """``t`` is a "hơn"/"gần" amount (read as rounded at its last significant digit)."""
    words = text[t.claim_start:t.start].lower().split()
    return t.qualifier is not None and len(words) == 1 and words[0] in (*ROUNDED_DOWN, *ROUNDED_UP)


def last_digit_unit(t: NumberToken) -> Fraction:
    """One unit of the last significant written digit: 1 of "901", 1.000 of "128.000", 0,01 of "3,07"."""
    if t.decimals:
        return Fraction(1, 10 ** t.decimals)
    digits = "".join(ch for ch in t.text if ch.isdigit())
    zeros = len(digits) - len(digits.rstrip("0"))
    return Fraction(10 ** min(zeros, max(len(digits) - 1, 0)))


def qualified_text(text: str, t: NumberToken) -> tuple[str, str]:
    """``t`` as a message shows it, Vietnamese and English: with its "hơn"/"gần" when it has one."""
    if not is_rounded(text, t):
        return t.text, en_notation(t.text)
    word = text[t.claim_start:t.start].split()[0]
    return f"{word} {t.text}", f"{ROUNDED_EN[word.lower()]} {en_notation(t.text)}"
