"""Two versions of one text in a file (KT403 as a note, not KT402/KT403 warnings).

A file can hold two documents built from one another: the self-evaluation reports of two
programmes of one faculty, this year's report after last year's, a web page quoting a text
it already summarised.  The later one then follows the earlier one sentence after sentence,
with figures, names and whole sentences changed in between: many separate matches, all at
about the same distance (the later sentence k paragraphs after the earlier one, k nearly
constant).  A drafter who pastes by mistake leaves one sentence or one passage, not a dozen
scattered along a parallel stretch; a reviewer reads such a stretch as another version of the
text, not as copy-paste slips, and is told so once.
"""

from __future__ import annotations

from dataclasses import dataclass

from .match import Match
from .units import Unit

MIN_MATCHES = 3  # matching paragraphs along one stretch that make it a version
MIN_PIECES = 3  # pieces of consecutive matching sentences, with other text between them
MAX_GAP = 40  # paragraphs between two matches of one stretch (in the later copy)
MIN_SHIFT_SLACK = 3  # the distance between the copies may drift by this many paragraphs,
SHIFT_SLACK = 0.1  # or by this share of the distance, whichever is more


@dataclass(frozen=True, slots=True)
class Version:
    matches: tuple[Match, ...]  # in the order of the later copy

    @property
    def later_blocks(self) -> tuple[int, int]:
        return self.matches[0].second, self.matches[-1].second


def find_versions(units: list[Unit], matches: list[Match]) -> list[Version]:
    """The stretches of the document that follow an earlier stretch at a nearly constant
    distance, with at least ``MIN_MATCHES`` matching paragraphs in ``MIN_PIECES`` pieces or
    more, the earlier stretch ending before the later one begins (repeats that interleave are
    slips within one text)."""
    def shift(m: Match) -> int:
        return units[m.second].block - units[m.first].block

    runs: list[list[Match]] = []
    open_runs: list[list[Match]] = []  # the runs a later match may still join (within MAX_GAP)
    for m in sorted(matches, key=lambda m: (m.second, m.first)):
        d, here = shift(m), units[m.second].block
        open_runs = [run for run in open_runs if here - units[run[-1].second].block <= MAX_GAP]
        for run in open_runs:
            last = run[-1]
            if abs(d - shift(last)) <= max(MIN_SHIFT_SLACK, SHIFT_SLACK * shift(last)):
                run.append(m)
                break
        else:
            runs.append([m])
            open_runs.append(runs[-1])
    return [Version(tuple(run)) for run in runs
            if len({units[m.second].block for m in run}) >= MIN_MATCHES and _pieces(run) >= MIN_PIECES
            and max(units[m.first].block for m in run) < units[run[0].second].block]


def _pieces(run: list[Match]) -> int:
    """How many stretches of consecutive sentences, consecutive in both copies, the run holds: a
    passage pasted whole is one piece, however long."""
    return 1 + sum(1 for a, b in zip(run, run[1:], strict=False) if (b.first, b.second) != (a.first + 1, a.second + 1))
