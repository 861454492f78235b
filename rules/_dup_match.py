"""Pairs of sentences that are the same or nearly the same (KT402, and the seeds of KT403).

Two stages keep this well below quadratic:

1. candidates: an exact index of word 3-shingles.  Each pair of sentences sharing enough
   shingles is a candidate; a shingle found in more than ``MAX_POSTING`` sentences is a
   formula every report repeats ("Ban Thường vụ Huyện ủy", "nâng cao năng lực lãnh đạo")
   and is left out of the index, so no sentence is compared with hundreds of others.
   Identical sentences are paired through a dictionary, whatever their shingles.
2. verification: a word-level alignment (difflib's Ratcliff/Obershelp matching) gives the
   similarity 2·M / (|A| + |B|) and the words that differ.  Words are first numbered once per
   document (the alignment only tests words for equality, so it finds the same blocks on the
   numbers, faster), and a pair whose shared words (counted with repeats) cannot reach the
   threshold, as a whole or as a part, is dropped before any alignment: the matched words M
   never exceed that count.

The thresholds were tuned on the labelled pairs in tests/data/duplicates/ (see
tests/test_duplicates_labelled.py for precision and recall).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from ._dup_units import Unit

# Lengths count content words only: not figures, capitalised names or shared formulas.
MIN_WORDS = 12  # both sentences at least this long: shorter ones are formulas or labels
MIN_PART_WORDS = 14  # a sentence found inside a longer one must be at least this long
MAX_NAME_WORDS = 5  # a swapped name ("Hội Nông dân" / "Mặt trận Tổ quốc") is at most this long
THRESHOLD = 0.85  # similarity from which two sentences are "nearly the same"
SHINGLE = 3
MAX_POSTING = 40
MIN_SHARED = 0.45  # share of the shorter sentence's shingles a candidate pair must have in common
MAX_COPIES = 8  # identical sentences: beyond this many copies, pair each only with the first


@dataclass(frozen=True, slots=True)
class Match:
    """Units ``first`` (earlier) and ``second`` (later) match on word ranges ``first_words``
    and ``second_words``: both whole sentences, or one whole sentence and a part (a clause)
    of the other."""

    first: int
    second: int
    ratio: float
    # word-index ranges that differ: (first_start, first_end, second_start, second_end)
    diffs: tuple[tuple[int, int, int, int], ...]
    first_words: tuple[int, int]
    second_words: tuple[int, int]
    partial: bool = False  # one side is a part of its sentence


def compare(a: Unit, b: Unit) -> Match | None:
    """How ``a`` (earlier) and ``b`` (later) match, if they do.

    Whole sentences match when both have ``MIN_WORDS`` words and a similarity of at least
    ``THRESHOLD``.  Otherwise the shorter one (``MIN_PART_WORDS`` words or more) may match a
    compact stretch of the longer one: a sentence copied as one clause of another.  Either way,
    sentences that differ only in numbers or names are parallel statements, not copies.
    """
    if min(a.content, b.content) < MIN_WORDS:
        return None
    return _compare(a, b, a.keys, b.keys)


def _compare(a: Unit, b: Unit, seq_a, seq_b) -> Match | None:
    """``compare`` once the lengths are checked; ``seq_a`` and ``seq_b`` are the word keys or
    any sequences equal exactly where the keys are (word numbers)."""
    whole_a, whole_b = (0, len(a.keys)), (0, len(b.keys))
    if a.keys == b.keys:
        return Match(a.index, b.index, 1.0, (), whole_a, whole_b)
    sm = SequenceMatcher(None, seq_a, seq_b, autojunk=False)
    blocks = [blk for blk in sm.get_matching_blocks() if blk.size]
    ratio = 2 * sum(blk.size for blk in blocks) / (len(a.keys) + len(b.keys))
    if ratio >= THRESHOLD:
        return _checked(a, b, ratio, sm.get_opcodes(), whole_a, whole_b)
    return _part_match(a, b, blocks, seq_a, seq_b)


def _may_match(a: Unit, b: Unit, shared: int) -> bool:
    """Whether ``compare`` can find a match, given the words the two share (with repeats).

    The matched words M are at most ``shared``: as whole sentences the similarity is at most
    2·shared / (|A| + |B|); as a part, the shorter sentence S against a stretch R of the longer
    one, 2·M / (|S| + |R|) with M <= min(shared, |R|), at most 2·shared / (|S| + shared).
    """
    la, lb = len(a.keys), len(b.keys)
    if 2 * shared / (la + lb) >= THRESHOLD:
        return True
    short = a if la <= lb else b
    return short.content >= MIN_PART_WORDS and 2 * shared / (min(la, lb) + shared) >= THRESHOLD - 1e-9


def _part_match(a: Unit, b: Unit, blocks, seq_a=None, seq_b=None) -> Match | None:
    """The shorter unit found, nearly whole, inside a compact stretch of the longer one."""
    short_is_a = len(a.keys) <= len(b.keys)
    short, long_ = (a, b) if short_is_a else (b, a)
    seq_short, seq_long = (seq_a, seq_b) if short_is_a else (seq_b, seq_a)
    if seq_short is None:
        seq_short, seq_long = short.keys, long_.keys
    if short.content < MIN_PART_WORDS:
        return None
    anchors = [blk for blk in blocks if blk.size >= 2]  # single shared words do not place the copy
    if not anchors:
        return None
    lo = min(blk.b if short_is_a else blk.a for blk in anchors)
    hi = max((blk.b if short_is_a else blk.a) + blk.size for blk in anchors)
    # widen to the unmatched words at the edges of the shorter sentence, so that a changed
    # first or last word is shown as a difference rather than dropped
    lo = max(0, lo - min(blk.a if short_is_a else blk.b for blk in anchors))
    hi = min(len(long_.keys), hi + len(short.keys) - max((blk.a if short_is_a else blk.b) + blk.size
                                                          for blk in anchors))
    region = seq_long[lo:hi]
    sm = SequenceMatcher(None, seq_short, region, autojunk=False)
    ratio = sm.ratio()
    if ratio < THRESHOLD:
        return None
    ops = [(tag, i1, i2, j1 + lo, j2 + lo) for tag, i1, i2, j1, j2 in sm.get_opcodes()]
    if short_is_a:
        return _checked(a, b, ratio, ops, (0, len(a.keys)), (lo, hi), partial=True)
    return _checked(a, b, ratio, [(t, j1, j2, i1, i2) for t, i1, i2, j1, j2 in ops], (lo, hi),
                    (0, len(b.keys)), partial=True)


def _checked(a: Unit, b: Unit, ratio: float, opcodes, words_a, words_b, partial=False) -> Match | None:
    diffs = tuple((i1, i2, j1, j2) for tag, i1, i2, j1, j2 in opcodes if tag != "equal")
    if diffs and all(_parallel(a, b, *d) for d in diffs):
        return None  # only figures or names differ: the same template, a new statement
    return Match(a.index, b.index, ratio, diffs, words_a, words_b, partial)


def _parallel(a: Unit, b: Unit, i1: int, i2: int, j1: int, j2: int) -> bool:
    """Whether a difference makes a new statement rather than a slip: it changes only figures
    ("năm 2021" / "năm 2022"), or swaps one name for another ("xã Tây Xuân" / "xã Tây Bình",
    "Hội Nông dân" / "Mặt trận Tổ quốc")."""
    if all(a.figure[i1:i2]) and all(b.figure[j1:j2]):
        return True
    return (i1 < i2 and j1 < j2 and i2 - i1 <= MAX_NAME_WORDS and j2 - j1 <= MAX_NAME_WORDS
            and _name(a, i1, i2) and _name(b, j1, j2))


def _name(u: Unit, i: int, j: int) -> bool:
    """Whether words i..j are a figure, a name, or the rest of a name begun just before
    ("Mặt | trận Tổ quốc"; a sentence's capitalised first word alone does not begin one)."""
    if u.capital[i] or u.figure[i]:
        return True
    return i > 0 and u.capital[i - 1] and (i - 1 > 0 or any(u.capital[i:j]))


def similar_pairs(units: list[Unit]) -> list[Match]:
    """Every matching pair (earlier, later), sorted."""
    ids: dict[str, int] = {}
    seqs = {u.index: tuple([ids.setdefault(k, len(ids)) for k in u.keys]) for u in units if u.content >= MIN_WORDS}
    # per unit: its distinct words, and the words it holds more than once with their counts
    kinds: dict[int, tuple[frozenset, dict[int, int]]] = {}
    out = []
    for i, j in sorted(_candidates(units, seqs, len(ids))):
        a, b = units[i], units[j]
        if min(a.content, b.content) < MIN_WORDS:
            continue
        for u in (a, b):
            if u.index not in kinds:
                seq = seqs[u.index]
                distinct = frozenset(seq)
                repeated = {w: n for w, n in Counter(seq).items() if n > 1} if len(distinct) < len(seq) else {}
                kinds[u.index] = distinct, repeated
        (set_a, rep_a), (set_b, rep_b) = kinds[i], kinds[j]
        # shared words counted with repeats: each shared word once, plus the extra copies of
        # the words both sentences repeat
        shared = len(set_a & set_b)
        if rep_a and rep_b:
            for w, n in rep_a.items():
                other = rep_b.get(w)
                if other:
                    shared += (n if n < other else other) - 1
        if a.keys != b.keys and not _may_match(a, b, shared):
            continue
        m = _compare(a, b, seqs[i], seqs[j])
        if m is not None:
            out.append(m)
    return out


def _candidates(units: list[Unit], seqs: dict[int, tuple[int, ...]], vocabulary: int) -> set[tuple[int, int]]:
    """Pairs to compare; ``seqs`` holds the word numbers (< ``vocabulary``) of the eligible units."""
    eligible = [u for u in units if u.content >= MIN_WORDS]
    pairs: set[tuple[int, int]] = set()
    same: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for u in eligible:
        same[u.keys].append(u.index)
    for copies in same.values():
        for k, j in enumerate(copies[1:], 1):
            partners = copies[:k] if len(copies) <= MAX_COPIES else copies[:1]
            pairs.update((i, j) for i in partners)

    # A shingle found in more than MAX_POSTING sentences is a formula: it is left out of the
    # index, and the share a pair must have in common is taken over the remaining shingles.
    # Each unit, in reading order, counts what it shares with the units before it.
    # a shingle is numbered from its words' numbers: one int, quicker to hash than a tuple
    assert SHINGLE == 3
    v = vocabulary
    grams_of = {}
    for u in eligible:
        seq = seqs[u.index]
        grams_of[u.index] = {(x * v + y) * v + z for x, y, z in zip(seq, seq[1:], seq[2:])}
    frequency: Counter = Counter()
    for grams in grams_of.values():
        frequency.update(grams)
    postings: dict[int, list[int]] = defaultdict(list)
    indexed: dict[int, int] = {}
    for u in eligible:
        grams = [g for g in grams_of[u.index] if frequency[g] <= MAX_POSTING]
        indexed[u.index] = len(grams)
        before: list[int] = []
        for g in grams:
            posting = postings[g]
            before.extend(posting)
            posting.append(u.index)
        for i, count in Counter(before).items():
            if count >= max(2, MIN_SHARED * min(indexed[i], len(grams))):
                pairs.add((i, u.index))
    return pairs
