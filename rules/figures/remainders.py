"""What a fraction leaves (KT203): "đã giải quyết 238/316 vụ, đạt 75,3%, còn lại 78 vụ".

The fraction says how many of how many; the count after "còn lại" (or "còn", "số còn lại") is
then the rest, denominator less numerator.  The claim is built only when nothing else could be
that rest's whole: no other count between the fraction and the cue, none after the rest in its
clause (a rest split in two, "còn lại 35 vụ đang ..., 43 vụ ..."), the rest counting what the
fraction counts, and no change word before "còn" ("giảm còn 78" is a new level, not a rest).
"""

from __future__ import annotations

from kiemtra_lint.rules.figures.numbers import COUNT, DECIMAL, FRACTION, NumberToken

from .lexicon import lexicon
from .model import Remainder
from .sentences import Sentence, noun_after, word_count

MAX_GAP_WORDS = 14  # between the fraction and its rest ("238/316 vụ, đạt tỷ lệ 75,3%, còn lại 78")


def remainders(s: Sentence) -> list[Remainder]:
    out = []
    counted = [t for t in s.quantities if s.paren_of(t.start) is None or t.kind == FRACTION]
    for i, f in enumerate(counted):
        if f.kind != FRACTION or not f.is_exact:
            continue
        rest = _rest_after(s, f, counted[i + 1:])
        if rest is not None:
            out.append(Remainder(s, f, rest))
    return out


def _rest_after(s: Sentence, f: NumberToken, after: list[NumberToken]) -> NumberToken | None:
    """The count right after a rest cue that follows ``f``, if it is ``f``'s rest."""
    lex = lexicon()
    counts = [t for t in after if t.kind in (COUNT, DECIMAL, FRACTION)]
    if not counts:
        return None
    rest = counts[0]
    before = s.text[f.end:rest.claim_start]
    if rest.kind != COUNT or not rest.is_exact or s.paren_of(rest.start) is not None \
            or word_count(before) > MAX_GAP_WORDS or not lex.rest_before.search(before) \
            or lex.change_before.search(before):
        return None
    if s.unit(rest).kind != "count" or not _same_thing(s, f, rest):
        return None
    clause_end = s.text.find(";", rest.end, s.end)
    clause_end = s.end if clause_end < 0 else clause_end
    if any(t.start < clause_end and s.paren_of(t.start) is None for t in counts[1:]):
        return None  # the rest is split, or goes on to other counts
    return rest


def _same_thing(s: Sentence, f: NumberToken, rest: NumberToken) -> bool:
    """The rest counts what the fraction counts: the same noun after both, or none after the rest."""
    noun = noun_after(s.text, rest)
    return not noun or noun in lexicon().not_nouns or noun == noun_after(s.text, f)
