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

from kiemtra_lint.numbers import FRACTION, PERCENT, NumberToken
from kiemtra_lint.patterns import compile_cached

from ._figures_breakdowns import breakdowns
from ._figures_lexicon import lexicon, may_hold
from ._figures_model import SentenceClaims
from ._figures_sentences import Sentence, is_digit
from ._figures_shares import fraction_percents, is_target_after, share_groups, share_lists, shares, stated_totals


_DIGIT = compile_cached(r"\d")


def may_claim(s: Sentence) -> bool:
    """False when :func:`sentence_claims` of ``s`` is sure to find nothing, told from the words
    alone, before any number is read.  Every claim needs one of: a bracket (a bracketed
    breakdown, a share in or before brackets), a breakdown or composition cue, or a percentage
    with a fraction or with a share cue right before it ("chiếm", "đạt", "tỷ lệ"...), unless
    every percentage is of a target whose value is not stated (``_only_unstated_targets``)."""
    lowered = s.lowered  # holds a "(", "%" or "/" exactly where the text does
    if "(" in lowered:
        return True
    lex = lexicon()
    if s.breakdown_cues or may_hold(lex.composition_hints, lowered):
        return True
    if "%" not in lowered:
        return False
    # "/": a fraction, or a rate per unit
    return ("/" in lowered or _share_cue_before_a_percent(s, lex)) and not _only_unstated_targets(s, lex)


def _only_unstated_targets(s: Sentence, lex) -> bool:
    """"thu ngân sách đạt 48.411 triệu đồng, bằng 92,45% dự toán.": every "%" is followed by a
    target ("dự toán", "kế hoạch": :func:`is_target` of a percentage ending there) and no digit
    follows the first one, so no target value is stated after any percentage.  Such a sentence
    has no claim when it also has no bracket, breakdown or composition cue: a percentage of a
    target is never a fraction's (``_percent_after``, ``_percent_before``), and as a share it
    needs the target's value after it (``_target_base``)."""
    text, end = s.text, s.end
    at = text.find("%", s.start, end)
    if _DIGIT.search(text, at + 1, end):
        return False
    while at >= 0:
        if not is_target_after(text, at + 1):
            return False
        at = text.find("%", at + 1, end)
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
    if s.parens or s.breakdown_cues:
        out.breakdowns = breakdowns(s, s.breakdown_cues)
    if PERCENT in kinds:
        linked = {id(fp.percent) for fp in out.fraction_percents}
        out.shares = shares(s, linked, out.breakdowns, earlier_totals)
        out.share_groups = share_groups(s, out.shares)
        out.share_lists = share_lists(s, out.breakdowns, out.share_groups)
    return out


__all__ = ["SentenceClaims", "may_claim", "sentence_claims", "stated_totals"]
