"""The figure claims a sentence makes, found from its numbers and cue words.

* :class:`FractionPercent` "49/53 trường ..., đạt 92,5%" (KT201)
* :class:`Breakdown` "254 đơn, trong đó 45 ..., 212 ..., 07 ..." or "62 tổ chức (19 ..., 43 ...)" (KT203)
* :class:`Share` a part and its percentage, with the bases in reach (KT202)
* :class:`ShareList` percentages that divide a whole ("Cơ cấu kinh tế: ... 38,2%; ...") (KT204)

Finding a claim is kept apart from judging it (rules/figures.py): a claim is
only built when its words say what it is; anything doubtful is left out, so
that the rules never judge a number against something it was not meant to
match.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from kiemtra_lint.rules.figures.numbers import FRACTION, PERCENT, NumberToken

from .breakdowns import breakdowns
from .fraction_lists import fraction_lists
from .lexicon import lexicon, may_hold
from .model import SentenceClaims
from .outcomes import outcome_breakdowns, verdict_breakdowns
from .remainders import remainders
from .sentences import Sentence, is_digit
from .shares import (fraction_percents, is_target_after, rates_within_categories, share_groups, share_lists, shares,
                     stated_totals)


_DIGIT = regex.compile(r"\d")


def may_claim(s: Sentence) -> bool:
    """False when :func:`sentence_claims` of ``s`` is sure to find nothing, told from the words
    alone, before any number is read.  Every claim needs one of: a bracket (a bracketed
    breakdown, a share in or before brackets), a breakdown cue with digits around it, a
    composition cue, or a percentage with a fraction or with a share cue right before it
    ("chiếm", "đạt", "tỷ lệ"...) that may be judged (``_no_percentage_judged``)."""
    lowered = s.lowered  # holds a "(", "%" or "/" exactly where the text does
    if "(" in lowered:
        return True
    lex = lexicon()
    if any(_may_break_down(s, m) for m in s.breakdown_cues) or may_hold(lex.composition_hints, lowered) \
            or _opens_with_whole(s):
        return True
    if s.previous is not None and may_hold(lex.outcome_hints, lowered) \
            and lex.outcomes_opening.match(s.text, s.start, s.end):
        return True  # outcomes of the count the sentence before ends with
    if s.previous is not None and any(v in lowered for v in lex.verdicts) and not s.breakdown_cues:
        return True  # "Có 5 vụ KN đúng, 111 vụ KN sai, ...": verdicts on the cases of the sentence before
    if "/" in lowered and "còn" in lowered:  # a fraction and its rest ("còn lại 78 vụ")
        return True
    if "%" not in lowered:
        return False
    # "/": a fraction, or a rate per unit; the share cues are looked for last, as the slowest test
    return not _no_percentage_judged(s, lex) and ("/" in lowered or _share_cue_before_a_percent(s, lex))


def _opens_with_whole(s: Sentence) -> bool:
    """"Trong tổng số 120 đơn thì ...": the sentence names its whole first (``breakdowns``)."""
    return "trong tổng" in s.lowered and bool(lexicon().whole_first.match(s.text, s.start, s.end))


def _may_break_down(s: Sentence, cue: regex.Match) -> bool:
    """A breakdown after ``cue`` needs its parts' numbers after it and its total before it, in the
    sentence or, when the cue opens it ("Trong đó, ..."), in the one before (``total_before``):
    not so "kịp thời cụ thể hóa và tổ chức thực hiện ..." with no number after."""
    text = s.text
    if not _DIGIT.search(text, cue.end(), s.end):
        return False
    return bool(_DIGIT.search(text, s.start, cue.start())) or not text[s.start:cue.start()].strip(" ,:;")


def _no_percentage_judged(s: Sentence, lex) -> bool:
    """Every "%" of ``s`` is followed by a change ("tăng 2,00% so với cùng kỳ": ``is_change``) or by
    a target with no digit after it ("bằng 92,45% dự toán.": ``is_target``, and no target value
    stated).  With no bracket, breakdown or composition cue, such a sentence has no claim: a
    change is no one's share and no fraction's; a percentage of a target is no fraction's
    (``_percent_after``, ``_percent_before``), and as a share it needs the target's value after
    it (``_target_base``)."""
    text, end = s.text, s.end
    at = text.find("%", s.start, end)
    while at >= 0:
        after = at + 1
        if not (lex.change_after.match(text[after:after + 30])
                or (is_target_after(text, after) and not _DIGIT.search(text, after, end))):
            return False
        at = text.find("%", after, end)
    return True


# Where a share cue may end before a percentage: the cue ends within 30 characters of the
# qualifier's start (``_part_of_share``), which is within 80 characters of the number
# (kiemtra_lint/numbers.py, _WINDOW).
_CUE_REACH = 30 + 80


def _share_cue_before_a_percent(s: Sentence, lex) -> bool:
    """Whether some percentage of ``s`` may have a share cue right before it: between the cue
    and the number there are only spaces, colons and the qualifier's words, so the cue lies in
    the run of letters, spaces and colons that ends where the number starts."""
    if not lex.share_cues_are_words:
        return may_hold(lex.share_hints, s.lowered)
    text, start, end = s.text, s.start, s.end
    at = text.find("%", start, end)
    while at >= 0:
        number = at - 1 if at > start and text[at - 1] in " \u00a0" else at  # "92,5 %"
        while number > start and (text[number - 1] in ".,/" or is_digit(text[number - 1])):
            number -= 1
        words, floor = number, max(start, number - _CUE_REACH)
        while words > floor and (text[words - 1].isalpha() or text[words - 1] in " \u00a0:"):
            words -= 1
        if may_hold(lex.share_hints, text[words:number].lower()):
            return True
        at = text.find("%", at + 1, end)
    return False


def sentence_claims(s: Sentence, earlier_totals: Callable[[], list[NumberToken]]) -> SentenceClaims:
    """Every claim of ``s``; ``earlier_totals()`` gives the totals stated in the block's earlier sentences."""
    out = SentenceClaims()
    kinds = {t.kind for t in s.tokens}
    if FRACTION in kinds and PERCENT in kinds:
        out.fraction_percents = fraction_percents(s)
    if FRACTION in kinds and (s.breakdown_cues or s.parens):
        out.fraction_lists = fraction_lists(s)
    if FRACTION in kinds and "còn" in s.lowered:
        out.remainders = remainders(s)
    if s.parens or s.breakdown_cues or _opens_with_whole(s):
        out.breakdowns = breakdowns(s, s.breakdown_cues)
    if s.previous is not None and may_hold(lexicon().outcome_hints, s.lowered):
        out.breakdowns += outcome_breakdowns(s)
    if s.previous is not None and not out.breakdowns and any(v in s.lowered for v in lexicon().verdicts):
        out.breakdowns += verdict_breakdowns(s)
    if PERCENT in kinds:
        linked = {id(fp.percent) for fp in out.fraction_percents}
        # a share is judged against an exact total only, never an estimate or a "hơn" amount
        exact = [b for b in out.breakdowns if b.total.is_exact]
        out.shares = shares(s, linked, exact, earlier_totals)
        out.share_groups = share_groups(s, out.shares)
        rates = [g for g in out.share_groups if rates_within_categories(g)]
        if rates:  # no certain base: not judged
            dropped = {id(x) for g in rates for x in g.shares}
            out.shares = [x for x in out.shares if id(x) not in dropped]
            out.share_groups = [g for g in out.share_groups if g not in rates]
        out.share_lists = share_lists(s, exact, out.share_groups)
    return out


__all__ = ["SentenceClaims", "may_claim", "sentence_claims", "stated_totals"]
