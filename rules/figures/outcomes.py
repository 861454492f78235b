"""Outcomes told in the sentence after their total (KT203): "Đã giải quyết 124 vụ tố cáo. Qua giải
quyết, có 24 vụ tố cáo đúng, 52 vụ tố cáo sai, 15 vụ có đúng có sai và 39 vụ không có cơ sở."

The second sentence opens with an outcome cue ("Qua giải quyết", "Kết quả xác minh":
``lexicon().outcomes_opening``) and lists counts of the very noun the first sentence ends with;
those outcomes are part of that count ("124/128 vụ" gives 124, what was handled) and cannot add up
to more.  Nothing is said when they add up to less: a report may give only some outcomes.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from kiemtra_lint.rules.figures.numbers import COUNT, FRACTION, NumberToken

from .breakdowns import MAX_TOTAL_GAP_WORDS, make_breakdown, parse_parts
from .lexicon import lexicon
from .model import Breakdown
from .sentences import Sentence, noun_after, word_count


def outcome_breakdowns(s: Sentence) -> list[Breakdown]:
    opening = lexicon().outcomes_opening.match(s.text, s.start, s.end)
    prev = s.previous
    if opening is None or prev is None:
        return []
    total = _last_count(prev)
    if total is None:
        return []
    seps = [i for i in s.separators if i >= opening.end()]
    result = parse_parts(s, opening.end(), s.end, seps, inside_bracket=False)
    if result is None:
        return []
    parts, end = result
    noun = noun_after(s.text, total)
    if len(parts) < 2 or not noun or any(p.token.kind != COUNT or not p.token.is_exact
                                         or noun_after(s.text, p.token) != noun for p in parts):
        return []
    b = make_breakdown(s, total, parts, opening.group().strip().lower(), end, complete=False, open_head=False)
    if b is None:
        return []
    b.total_where_vi, b.total_where_en = "ở câu trước", "in the sentence before"
    return [b]


def _last_count(prev: Sentence) -> NumberToken | None:
    """The count the sentence ends on (within a few words): a count, or what a fraction counts
    ("đã giải quyết 124/128 vụ" handled 124)."""
    last = [t for t in prev.quantities if prev.paren_of(t.start) is None]
    if not last or word_count(prev.text[last[-1].end:prev.end]) > MAX_TOTAL_GAP_WORDS or not last[-1].is_exact:
        return None
    t = last[-1]
    if t.kind == COUNT:
        return t
    if t.kind == FRACTION:
        num = t.text.split("/")[0]
        # the numerator as a count of its own; the noun after the fraction is what it counts
        return replace(t, end=t.end, text=num, kind=COUNT, value=Fraction(t.numerator), numerator=None,
                       denominator=None)
    return None
