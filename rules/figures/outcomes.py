"""Outcomes told in the sentence after their total (KT203): "Đã giải quyết 124 vụ tố cáo. Qua giải
quyết, có 24 vụ tố cáo đúng, 52 vụ tố cáo sai, 15 vụ có đúng có sai và 39 vụ không có cơ sở."

The second sentence opens with an outcome cue ("Qua giải quyết", "Kết quả xác minh":
``lexicon().outcomes_opening``) and lists counts of the very noun the first sentence ends with;
those outcomes are part of that count ("124/128 vụ" gives 124, what was handled) and cannot add up
to more.  Nothing is said when they add up to less: a report may give only some outcomes.
"""

from __future__ import annotations

import regex

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
    return _as_count(last[-1])


_WORDS = regex.compile(r"[\p{L}]+")
_TAIL_END = regex.compile(r"[,;.:()]|(?<![\p{L}])và(?![\p{L}])")  # a total's own words end here
MAX_CATEGORY_WORDS = 4  # the words after a total that may name its category ("vụ việc KN", "đơn tố cáo")


def verdict_breakdowns(s: Sentence) -> list[Breakdown]:
    """"Đã giải quyết 188/211 vụ KN và 124/128 vụ TC. Có 5 vụ KN đúng, 111 vụ KN sai, ..., 24 vụ TC
    đúng, 52 vụ TC sai, 15 vụ TC có đúng có sai và 39 vụ TC không có cơ sở": counts that each end with
    a verdict are the outcomes of the cases the sentence before counts, one group per total when the
    totals are told apart by a word (KN, TC) that every part repeats."""
    prev = s.previous
    if prev is None:
        return []
    result = parse_parts(s, s.start, s.end, [i for i in s.separators], inside_bracket=False)
    if result is None:
        return []
    parts, end = result
    lex = lexicon()
    described = [p.words(s.text) for p in parts]
    if len(parts) < 2 or any(p.token.kind != COUNT or not p.token.is_exact for p in parts) \
            or not all(lex.verdict_last.search(d) for d in described):
        return []
    noun = noun_after(s.text, parts[0].token)
    if not noun or any(noun_after(s.text, p.token) != noun for p in parts):
        return []
    totals = [t for t in (_as_count(t) for t in prev.quantities if prev.paren_of(t.start) is None)
              if t is not None and noun_after(prev.text, t) == noun]
    groups = _by_category(prev, totals, parts, described)
    out = []
    for total, mine in groups:
        if len(mine) < 2:
            continue
        b = make_breakdown(s, total, mine, "kết quả", mine[-1].end, complete=False, open_head=False)
        if b is not None:
            b.total_where_vi, b.total_where_en = "ở câu trước", "in the sentence before"
            out.append(b)
    return out


def _by_category(prev: Sentence, totals: list[NumberToken], parts: list, described: list[str]) -> list:
    """The parts of each total: all of them for a single total; else each part goes to the one total
    whose own category word it repeats, and nothing is judged unless every part goes somewhere."""
    if len(totals) == 1:
        return [(totals[0], parts)]
    noun = noun_after(prev.text, totals[0]) if totals else ""
    tails = [set(_WORDS.findall(_TAIL_END.split(prev.text[t.end:min(t.end + 40, prev.end)].lower())[0])
                 [:MAX_CATEGORY_WORDS]) - {noun} for t in totals]
    shared = set.intersection(*tails) if tails else set()
    groups: list[tuple[NumberToken, list]] = [(t, []) for t in totals]
    for part, words in zip(parts, described, strict=True):
        owners = [i for i, tail in enumerate(tails) if (tail - shared) & set(words.split())]
        if len(owners) != 1:
            return []
        groups[owners[0]][1].append(part)
    return groups


def _as_count(t: NumberToken) -> NumberToken | None:
    """A count, or the numerator of a fraction as one ("124/128 vụ" handled 124)."""
    if not t.is_exact:
        return None
    if t.kind == COUNT:
        return t
    if t.kind == FRACTION:
        return replace(t, text=t.text.split("/")[0], kind=COUNT, value=Fraction(t.numerator), numerator=None,
                       denominator=None)
    return None
