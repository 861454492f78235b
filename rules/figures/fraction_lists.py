"""Fractions broken down into fractions (KT203): "412/760 trường đạt chuẩn, trong đó mầm non 95/210,
tiểu học 180/300, trung học cơ sở 137/240", or the same list in a bracket after the whole or after
the whole's percentage ("324/590 trường, đạt 54,9% (mầm non 71/179, tiểu học 160/206, ...)").

The parts' numerators make up the whole's numerator and their denominators its denominator.  A
list is judged when the cue says it is complete ("gồm"), or when one of the two sums matches
exactly (the list is shown complete) and the other does not; parts above the whole are always
wrong.  "trong đó có ..." lists only some parts and is never judged short.
"""

from __future__ import annotations

from kiemtra_lint.rules.figures.numbers import FRACTION, PERCENT, NumberToken

from .lexicon import lexicon
from .model import FractionList
from .sentences import Sentence, word_count

MAX_GAP_WORDS = 14  # between the whole and the cue, or the bracket
MAX_LABEL_WORDS = 6  # the label before each part ("trung học cơ sở")
MAX_OWN_WORDS = 6  # the words a part says of itself before the next label ("trường, tỷ lệ 39,7%;")


def fraction_lists(s: Sentence) -> list[FractionList]:
    out = []
    lex = lexicon()
    for cue in s.breakdown_cues:
        before = [t for t in s.tokens if t.end <= cue.start() and t.is_quantity]
        if not before or before[-1].kind != FRACTION or not before[-1].is_exact:
            continue
        whole = before[-1]
        if word_count(s.text[whole.end:cue.start()]) > MAX_GAP_WORDS or ";" in s.text[whole.end:cue.start()]:
            continue
        parts = _listed_fractions(s, cue.end(), s.end)
        if len(parts) >= 2:
            tail = s.text[cue.start():parts[-1].end]
            out.append(FractionList(s, whole, parts, complete=cue.group().lower() in lex.complete_cues,
                                    open_ended=bool(lex.open_ended.search(tail))))
    listed = {id(fl.parts[0]) for fl in out}
    for o, c in s.parens:
        fl = _bracket_list(s, o, c)
        if fl is not None and id(fl.parts[0]) not in listed:
            out.append(fl)
    return out


def _bracket_list(s: Sentence, o: int, c: int) -> FractionList | None:
    """"324/590 trường đạt chuẩn, đạt 54,9% (mầm non 71/179, tiểu học 160/206, ...)": the bracket
    right after the whole, or after the whole's own percentage, lists its sub-fractions.  The words
    inside decide nothing about completeness (a bracket may leave out a level with none), so such a
    list is judged as a bare "trong đó" is: when one sum shows it complete, or a part is too large."""
    outside = [t for t in s.tokens if t.end <= o and t.is_quantity and s.paren_of(t.start) is None]
    if outside and outside[-1].kind == PERCENT:
        outside.pop()  # the whole's share, "đạt 54,9%"
    if not outside or outside[-1].kind != FRACTION or not outside[-1].is_exact:
        return None
    whole = outside[-1]
    gap = s.text[whole.end:o]
    if ";" in gap or word_count(gap) > MAX_GAP_WORDS:
        return None
    parts = _listed_fractions(s, o + 1, c)
    if len(parts) < 2:
        return None
    lex = lexicon()
    inner = s.text[o + 1:parts[0].start]
    cue = lex.breakdown.search(inner)
    return FractionList(s, whole, parts, complete=bool(cue) and cue.group().lower() in lex.complete_cues,
                        open_ended=bool(lex.open_ended.search(s.text[o + 1:parts[-1].end])))


def _listed_fractions(s: Sentence, start: int, end: int) -> list[NumberToken]:
    """The fractions listed one after another from ``start`` (up to ``end``), each after a short
    label; a percentage in brackets after one is its own ("95/210 (45,2%)"), and so is one inside
    the list's own bracket ("(mầm non 71/179 - 39,7%; ...)"); any other number ends the list."""
    parts: list[NumberToken] = []
    pos = start
    in_bracket = s.paren_of(start) is not None
    for t in s.tokens:
        if t.start < start or not t.is_quantity:
            continue
        if t.start >= end:
            break
        if t.kind != FRACTION:
            if s.paren_of(t.start) is not None and parts:
                continue
            break
        gap = _without_percents(s, s.text[pos:t.start], pos)
        # the previous part's own words ("trường, tỷ lệ 39,7%"), then the next part's label ("tiểu học")
        cut = max(gap.rfind(","), gap.rfind(";")) + 1 if parts else 0
        if (";" in gap and not in_bracket) or word_count(gap[cut:]) > MAX_LABEL_WORDS \
                or word_count(gap[:cut]) > MAX_OWN_WORDS or not t.is_exact:
            break
        parts.append(t)
        pos = t.end
    return parts


def _without_percents(s: Sentence, gap: str, at: int) -> str:
    """The label words of ``gap`` (which starts at ``at``): the previous part's own percentage,
    "(45,2%)" or "- 39,7%", is no word of the next label."""
    for t in s.tokens:
        if at <= t.start and t.end <= at + len(gap) and t.kind == PERCENT:
            gap = gap[:t.start - at] + " " * (t.end - t.start) + gap[t.end - at:]
    return gap
