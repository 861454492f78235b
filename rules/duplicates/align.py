"""difflib's word alignment, computed with string searches (KT402, KT403).

``matching_blocks(a, b)`` returns exactly ``SequenceMatcher(None, a, b,
autojunk=False).get_matching_blocks()`` (as plain tuples) and ``ratio`` and ``differences``
what ``ratio()`` and the non-"equal" ``get_opcodes()`` give.  With no junk, difflib's
Ratcliff/Obershelp alignment is defined by its longest-match step alone: the longest block
a[i:i+k] == b[j:j+k] inside the current ranges, the one with the smallest i among the
longest and then the smallest j, applied recursively left and right of it.  difflib finds it
with a dynamic program over a dictionary of positions, in Python; here a and b are strings
(one character per word, see units.DocWords) and the search is ``str.find`` in C: for
each start i, only a match longer than the best so far is looked for.  For sequences other
than strings (a document with too many distinct words) difflib itself is used.
tests/test_dup_speed.py compares the two on random sequences.
"""

from __future__ import annotations

from difflib import SequenceMatcher


def _longest(a: str, b: str, alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
    """difflib's find_longest_match(alo, ahi, blo, bhi) with no junk."""
    besti, bestj, best = alo, blo, 0
    find = b.find
    i = alo
    while i + best < ahi:  # a longer match from i would end by ahi
        j = find(a[i:i + best + 1], blo, bhi)  # the first place where a[i:] beats the best
        while j >= 0:
            k = best + 1
            while i + k < ahi and j + k < bhi and a[i + k] == b[j + k]:
                k += 1
            besti, bestj, best = i, j, k
            if i + best >= ahi:
                break
            # a longer match from i starts later in b than j (j was the first place of its prefix)
            j = find(a[i:i + best + 1], j + 1, bhi)
        i += 1
    return besti, bestj, best


def matching_blocks(a, b) -> list[tuple[int, int, int]]:
    """(i, j, size) of the blocks a[i:i+size] == b[j:j+size], ending with (len(a), len(b), 0)."""
    if not (isinstance(a, str) and isinstance(b, str)):
        return [tuple(m) for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()]
    la, lb = len(a), len(b)
    queue = [(0, la, 0, lb)]
    found = []
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        if ahi - alo == 1:  # one word: its first place in b
            j = b.find(a[alo], blo, bhi)
            x = (alo, j, 1) if j >= 0 else (alo, blo, 0)
        else:
            x = _longest(a, b, alo, ahi, blo, bhi)
        i, j, k = x
        if k:
            found.append(x)
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
    found.sort()
    # adjacent blocks merged, as difflib does
    i1 = j1 = k1 = 0
    out = []
    for i2, j2, k2 in found:
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2
        else:
            if k1:
                out.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        out.append((i1, j1, k1))
    out.append((la, lb, 0))
    return out


def ratio(blocks: list[tuple[int, int, int]], length: int) -> float:
    """SequenceMatcher.ratio() from the matching blocks and len(a) + len(b)."""
    matches = sum(k for _, _, k in blocks)
    return 2.0 * matches / length if length else 1.0


def differences(blocks: list[tuple[int, int, int]]) -> tuple[tuple[int, int, int, int], ...]:
    """(i1, i2, j1, j2) of every opcode of get_opcodes() other than "equal", in order."""
    out = []
    i = j = 0
    for ai, bj, size in blocks:
        if i < ai or j < bj:
            out.append((i, ai, j, bj))
        i, j = ai + size, bj + size
    return tuple(out)
