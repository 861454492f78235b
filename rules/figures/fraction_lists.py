"""Fractions broken down into fractions (KT203): "412/760 trường đạt chuẩn, trong đó mầm non 95/210,
tiểu học 180/300, trung học cơ sở 137/240".

The parts' numerators make up the whole's numerator and their denominators its denominator.  A
list is judged when the cue says it is complete ("gồm"), or when one of the two sums matches
exactly (the list is shown complete) and the other does not; parts above the whole are always
wrong.  "trong đó có ..." lists only some parts and is never judged short.
"""

from __future__ import annotations

from kiemtra_lint.rules.figures.numbers import FRACTION, NumberToken

from .lexicon import lexicon
from .model import FractionList
from .sentences import Sentence, word_count

MAX_GAP_WORDS = 14  # between the whole and the cue
MAX_LABEL_WORDS = 6  # the label before each part ("trung học cơ sở")


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
        parts = _listed_fractions(s, cue.end())
        if len(parts) >= 2:
            tail = s.text[cue.start():parts[-1].end]
            out.append(FractionList(s, whole, parts, complete=cue.group().lower() in lex.complete_cues,
                                    open_ended=bool(lex.open_ended.search(tail))))
    return out


def _listed_fractions(s: Sentence, start: int) -> list[NumberToken]:
    """The fractions listed one after another from ``start``, each after a short label; a
    percentage in brackets after one is its own ("95/210 (45,2%)"); any other number ends the list."""
    parts: list[NumberToken] = []
    pos = start
    for t in s.tokens:
        if t.start < start or not t.is_quantity:
            continue
        if t.kind != FRACTION:
            if s.paren_of(t.start) is not None and parts:
                continue
            break
        gap = s.text[pos:t.start]
        if ";" in gap or word_count(gap) > MAX_LABEL_WORDS or not t.is_exact:
            break
        parts.append(t)
        pos = t.end
    return parts
