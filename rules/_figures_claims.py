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

from ._figures_breakdowns import breakdowns
from ._figures_lexicon import lexicon
from ._figures_model import SentenceClaims
from ._figures_sentences import Sentence
from ._figures_shares import fraction_percents, share_groups, share_lists, shares, stated_totals


def sentence_claims(s: Sentence, earlier_totals: Callable[[], list[NumberToken]]) -> SentenceClaims:
    """Every claim of ``s``; ``earlier_totals()`` gives the totals stated in the block's earlier sentences."""
    out = SentenceClaims()
    kinds = {t.kind for t in s.tokens}
    if FRACTION in kinds and PERCENT in kinds:
        out.fraction_percents = fraction_percents(s)
    if s.parens or lexicon().breakdown.search(s.text, s.start, s.end):
        out.breakdowns = breakdowns(s)
    if PERCENT in kinds:
        linked = {id(fp.percent) for fp in out.fraction_percents}
        out.shares = shares(s, linked, out.breakdowns, earlier_totals)
        out.share_groups = share_groups(s, out.shares)
        out.share_lists = share_lists(s, out.breakdowns, out.share_groups)
    return out


__all__ = ["SentenceClaims", "sentence_claims", "stated_totals"]
