"""Exact judgement of stated figures, and how the figures rules write numbers.

A value stated with d decimals stands for the interval [x - h, x + h] with
h = 0,5·10^-d (DOMAIN.md §3, as statcheck and XBRL Calculations 1.1 judge).
A claim holds when the exact value can fall inside it; a value that lies in
[x, x + 10^-d) but outside the interval was truncated instead of rounded,
which is a note, not an error.  All arithmetic is on Fractions.
"""

from __future__ import annotations

from enum import Enum
from fractions import Fraction

from kiemtra_lint.rules.figures.numbers import ABOVE, APPROX, BELOW, NumberToken, format_vi

HUNDRED = Fraction(100)


class Verdict(Enum):
    HOLDS = "holds"
    TRUNCATED = "truncated"
    WRONG = "wrong"


def judge(low: Fraction, high: Fraction, stated: NumberToken) -> Verdict:
    """Does a true value known to lie in [low, high] agree with ``stated``?

    ``low == high`` for an exact value (a ratio of two counts); a ratio of
    rounded amounts spans an interval.
    """
    h = stated.half_unit
    x = stated.value
    if stated.qualifier == APPROX:
        return Verdict.HOLDS
    if stated.qualifier == ABOVE:
        return Verdict.HOLDS if high >= x - h else Verdict.WRONG
    if stated.qualifier == BELOW:
        return Verdict.HOLDS if low <= x + h else Verdict.WRONG
    if high >= x - h and low <= x + h:
        return Verdict.HOLDS
    if high >= x and low < x + 2 * h:
        return Verdict.TRUNCATED
    return Verdict.WRONG


def bounds(token: NumberToken) -> tuple[Fraction, Fraction]:
    """The interval a stated amount stands for (a count is exact)."""
    h = token.half_unit if token.decimals else Fraction(0)
    return token.value - h, token.value + h


def judge_ratio(part: NumberToken | Fraction, base: NumberToken | Fraction, percent: NumberToken) -> Verdict:
    """Is ``percent`` the share ``part`` / ``base`` (in percent), given how each was rounded?"""
    a, b = _whole(part), _whole(base)
    if a is not None and b is not None and b > 0:
        return _judge_whole_ratio(a, b, percent)
    p_lo, p_hi = bounds(part) if isinstance(part, NumberToken) else (part, part)
    b_lo, b_hi = bounds(base) if isinstance(base, NumberToken) else (base, base)
    if b_lo <= 0:
        return Verdict.HOLDS  # nothing sensible to say about a share of zero
    return judge(p_lo * HUNDRED / b_hi, p_hi * HUNDRED / b_lo, percent)


def _whole(x: NumberToken | Fraction) -> int | None:
    value = x.value if isinstance(x, NumberToken) else x
    return value.numerator if value.denominator == 1 else None


def _judge_whole_ratio(a: int, b: int, stated: NumberToken) -> Verdict:
    """:func:`judge` for 100·a/b with whole a and b, in integers (the common case, and the fast one).

    With the stated value x = n/10^d and h = 1/(2·10^d): 100·a/b lies in [x - h, x + h] exactly when
    200·a·10^d lies in [(2n - 1)·b, (2n + 1)·b]; truncation is 100·a·10^d in [n·b, (n + 1)·b).
    """
    scale = 10 ** stated.decimals
    n = stated.value.numerator * scale // stated.value.denominator
    twice = 200 * a * scale
    if stated.qualifier == APPROX:
        return Verdict.HOLDS
    if stated.qualifier == ABOVE:
        return Verdict.HOLDS if twice >= (2 * n - 1) * b else Verdict.WRONG
    if stated.qualifier == BELOW:
        return Verdict.HOLDS if twice <= (2 * n + 1) * b else Verdict.WRONG
    if (2 * n - 1) * b <= twice <= (2 * n + 1) * b:
        return Verdict.HOLDS
    if n * b <= 100 * a * scale < (n + 1) * b:
        return Verdict.TRUNCATED
    return Verdict.WRONG


def ratio(part: NumberToken | Fraction, base: NumberToken | Fraction) -> Fraction:
    part = part.value if isinstance(part, NumberToken) else part
    base = base.value if isinstance(base, NumberToken) else base
    return part * HUNDRED / base


def shown_decimals(stated: NumberToken) -> int:
    """How many decimals to show a computed percentage with next to ``stated``."""
    return max(stated.decimals, 2)


def fmt(value: Fraction | int, decimals: int, lang: str) -> str:
    """A number in the message language: "92,45" (vi) or "92.45" (en)."""
    text = format_vi(Fraction(value), decimals)
    return en_notation(text) if lang == "en" else text


def en_notation(typed: str) -> str:
    """A number as typed the Vietnamese way, in English notation: "3.889" -> "3,889", "92,5" -> "92.5"."""
    return typed.replace(".", "\0").replace(",", ".").replace("\0", ",")


def rounded(value: Fraction, decimals: int) -> Fraction:
    """``value`` rounded half away from zero to ``decimals`` places."""
    scale = 10 ** decimals
    scaled = abs(value) * scale
    units = int(scaled) + (1 if scaled - int(scaled) >= Fraction(1, 2) else 0)
    return Fraction(units if value >= 0 else -units, scale)
