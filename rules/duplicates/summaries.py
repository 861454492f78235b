"""Summaries that gather sentences from all over the text above (not KT402/KT403 findings).

A long report closes, or a part of it opens, with a summary ("Tóm tắt những điểm mạnh",
"Những điểm tồn tại cơ bản", "Kết luận chung"): its sentences restate, one after another,
sentences written in many separate places above, one from each criterion or section.  A
drafter who pastes by mistake copies from one place; a short stretch that gathers restated
sentences from four or more distant places is a summary written on purpose, and a reviewer
reads it so.  A copy of a nearby sentence (within ``WINDOW`` paragraphs) is never a summary's:
restating what was just said is the slip these rules look for.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .match import Match
from .units import Unit

WINDOW = 40  # paragraphs: the stretch a summary gathers in, and the least distance to its sources
MIN_PLACES = 4  # separate places above (more than WINDOW paragraphs apart) a summary draws on


def summary_pairs(units: list[Unit], matches: list[Match]) -> set[tuple[int, int]]:
    """The (first, second) pairs whose later sentence sits in a summary: within ``WINDOW``
    paragraphs of it, the later sentences of far pairs restate sentences from at least
    ``MIN_PLACES`` separate places above."""
    far = sorted(((units[m.second].block, units[m.first].block, (m.first, m.second)) for m in matches
                  if units[m.second].block - units[m.first].block > WINDOW))
    later = [here for here, _, _ in far]
    out: set[tuple[int, int]] = set()
    for here, _, pair in far:
        near = far[bisect_left(later, here - WINDOW):bisect_right(later, here + WINDOW)]
        if _places(sorted(source for _, source, _ in near)) >= MIN_PLACES:
            out.add(pair)
    return out


def _places(sources: list[int]) -> int:
    """How many stretches the sorted source blocks fall in, a new one after a gap of more
    than ``WINDOW`` paragraphs."""
    return 1 + sum(1 for a, b in zip(sources, sources[1:], strict=False) if b - a > WINDOW) if sources else 0
