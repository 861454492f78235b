"""Duplicated passages (KT403): runs of consecutive sentences repeated in the same order.

A passage is a diagonal of the match matrix: sentences i, i+1, ... match j, j+1, ... .  It
starts at a verified pair and grows while the next pair is verified too, or is the same short
sentence ("Kết quả cụ thể như sau:"), which is too short to be verified on its own.  A run
with at least ``MIN_VERIFIED`` verified pairs is a passage and is reported once; its sentence
pairs are then not reported again by KT402.
"""

from __future__ import annotations

from dataclasses import dataclass

from .match import Match
from .units import Unit

MIN_VERIFIED = 2


@dataclass(frozen=True, slots=True)
class Passage:
    first: tuple[int, ...]  # unit indices of the earlier copy
    second: tuple[int, ...]  # unit indices of the later copy


def find_passages(units: list[Unit], matches: list[Match]) -> list[Passage]:
    verified = {(m.first, m.second) for m in matches if not m.partial}

    def continues(i: int, j: int) -> bool:
        return (i, j) in verified or (bool(units[i].codes) and units[i].codes == units[j].codes)

    runs: list[Passage] = []
    inside: set[tuple[int, int]] = set()
    for i, j in sorted(verified):
        if (i, j) in inside:
            continue
        length, checked = 0, 0
        # the earlier copy must not run into the later one
        while i + length < j and j + length < len(units) and continues(i + length, j + length):
            inside.add((i + length, j + length))
            checked += (i + length, j + length) in verified
            length += 1
        if checked >= MIN_VERIFIED:
            runs.append(Passage(tuple(range(i, i + length)), tuple(range(j, j + length))))

    # A passage copied three times gives runs A-B, A-C and B-C: keep, for every later copy,
    # the run from its earliest source.
    out: list[Passage] = []
    covered: set[int] = set()
    for run in sorted(runs, key=lambda r: (r.second[0], r.first[0])):
        if run.second[0] in covered:
            continue
        covered.update(run.second)
        out.append(run)
    return out
