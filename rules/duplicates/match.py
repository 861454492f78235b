"""Pairs of sentences that are the same or nearly the same (KT402, and the seeds of KT403).

Two stages keep this well below quadratic:

1. candidates: an exact index of word 3-shingles.  Each pair of sentences sharing enough
   shingles is a candidate; a shingle found in more than ``MAX_POSTING`` sentences is a
   formula every report repeats ("Ban Thường vụ Huyện ủy", "nâng cao năng lực lãnh đạo")
   and is left out of the index, so no sentence is compared with hundreds of others.
   Identical sentences are paired through a dictionary, whatever their shingles.
2. verification: a word-level alignment (difflib's Ratcliff/Obershelp matching, computed by
   align on the word codes: one character per word) gives the similarity 2·M / (|A| + |B|)
   and the words that differ.  A pair whose shared words (counted with repeats) cannot reach
   the threshold, as a whole or as a part, is dropped before any alignment: the matched words M
   never exceed that count.

The thresholds were tuned on the labelled pairs in tests/data/duplicates/ (see
tests/test_duplicates_labelled.py for precision and recall).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import chain, compress
from operator import sub

try:
    from collections import _count_elements  # Counter's own counting loop, in C
except ImportError:  # pragma: no cover - another Python
    def _count_elements(counts: dict, items) -> None:
        for x in items:
            counts[x] = counts.get(x, 0) + 1

from .align import differences, matching_blocks
from .units import Unit, clause_units

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
    return _compare(a, b)


def _compare(a: Unit, b: Unit) -> Match | None:
    """``compare`` once the lengths are checked."""
    seq_a, seq_b = a.codes, b.codes
    la, lb = len(seq_a), len(seq_b)
    whole_a, whole_b = (0, la), (0, lb)
    if seq_a == seq_b:
        return Match(a.index, b.index, 1.0, (), whole_a, whole_b)
    blocks = matching_blocks(seq_a, seq_b)
    ratio = 2 * sum(k for _, _, k in blocks) / (la + lb)
    if ratio >= THRESHOLD:
        return _checked(a, b, ratio, differences(blocks), whole_a, whole_b)
    return _part_match(a, b, blocks[:-1])


def _may_match(la: int, lb: int, short_content: int, shared: int) -> bool:
    """Whether ``compare`` can find a match between sentences of la and lb words (the shorter
    with ``short_content`` content words), given the words the two share (with repeats).

    The matched words M are at most ``shared``: as whole sentences the similarity is at most
    2·shared / (|A| + |B|); as a part, the shorter sentence S against a stretch R of the longer
    one, 2·M / (|S| + |R|) with M <= min(shared, |R|), at most 2·shared / (|S| + shared).
    """
    if 2 * shared / (la + lb) >= THRESHOLD:
        return True
    return short_content >= MIN_PART_WORDS and 2 * shared / (min(la, lb) + shared) >= THRESHOLD - 1e-9


def _part_may_match(short, long_, distinct: frozenset) -> bool:
    """False when no stretch R of ``long_`` can hold ``short`` (S, whose distinct words are
    ``distinct``) well enough for _part_match, whatever the alignment finds.

    The matched words M of S and R are at most |S| and at most the c places of R holding a
    word of S; those c places span at least the shortest run of c consecutive such places of
    the whole of ``long_``, so 2·M / (|S| + |R|) <= 2·c / (|S| + shortest span of c places),
    for some c <= |S|.  A small c cannot do better than 2·c / (|S| + c).
    """
    places = list(compress(range(len(long_)), map(distinct.__contains__, long_)))
    n = len(short)
    c = min(len(places), n)
    while c >= 1:
        if 2.0 * c / (n + c) < THRESHOLD - 1e-9:
            return False
        span = min(map(sub, places[c - 1:], places)) + 1
        if 2.0 * c / (n + span) >= THRESHOLD - 1e-9:
            return True
        c -= 1
    return False


def _part_match(a: Unit, b: Unit, blocks) -> Match | None:
    """The shorter unit found, nearly whole, inside a compact stretch of the longer one;
    ``blocks`` are the matching blocks (i, j, size) of the whole sentences."""
    short_is_a = len(a.codes) <= len(b.codes)
    short, long_ = (a, b) if short_is_a else (b, a)
    if short.content < MIN_PART_WORDS:
        return None
    anchors = [blk for blk in blocks if blk[2] >= 2]  # single shared words do not place the copy
    if not anchors:
        return None
    s, l_ = (0, 1) if short_is_a else (1, 0)  # where the short and the long positions are in a block
    lo = min(blk[l_] for blk in anchors)
    hi = max(blk[l_] + blk[2] for blk in anchors)
    # widen to the unmatched words at the edges of the shorter sentence, so that a changed
    # first or last word is shown as a difference rather than dropped
    lo = max(0, lo - min(blk[s] for blk in anchors))
    hi = min(len(long_.codes), hi + len(short.codes) - max(blk[s] + blk[2] for blk in anchors))
    seq_short = short.codes
    region = long_.codes[lo:hi]
    length = len(seq_short) + len(region)
    # the ratio 2·M / (|S| + |R|) cannot reach the threshold when M cannot: M is at most
    # min(|S|, |R|) (difflib's real_quick_ratio) and at most the words S and R share, counted
    # with repeats (its quick_ratio)
    if length and 2.0 * min(len(seq_short), len(region)) / length < THRESHOLD:
        return None
    if length and 2.0 * _shared(short, region) / length < THRESHOLD:
        return None
    part = matching_blocks(seq_short, region)
    matches = sum(k for _, _, k in part)
    ratio = 2.0 * matches / length if length else 1.0  # SequenceMatcher.ratio()
    if ratio < THRESHOLD:
        return None
    ops = [(i1, i2, j1 + lo, j2 + lo) for i1, i2, j1, j2 in differences(part)]
    if short_is_a:
        return _checked(a, b, ratio, ops, (0, len(a.codes)), (lo, hi), partial=True)
    return _checked(a, b, ratio, [(j1, j2, i1, i2) for i1, i2, j1, j2 in ops], (lo, hi),
                    (0, len(b.codes)), partial=True)


def _shared(u: Unit, other) -> int:
    """The words of ``u`` found in ``other``, counted with repeats (sum of the lesser counts)."""
    distinct = _distinct(u)
    count = len(distinct.intersection(other))
    if len(distinct) < len(u.codes):
        for w, n in _repeated(u).items():
            m = other.count(w)
            if m > 1:
                count += (n if n < m else m) - 1
    return count


def _distinct(u: Unit) -> frozenset:
    """The distinct words of ``u``."""
    if u.distinct is None:
        u.distinct = frozenset(u.codes)
    return u.distinct


def _repeated(u: Unit) -> dict:
    """The words ``u`` holds more than once, with their counts."""
    if u.repeated is None:
        counts: dict = {}
        _count_elements(counts, u.codes)
        u.repeated = {w: n for w, n in counts.items() if n > 1}
    return u.repeated


def _checked(a: Unit, b: Unit, ratio: float, diffs, words_a, words_b, partial=False) -> Match | None:
    diffs = tuple(diffs)
    if diffs and all(_parallel(a, b, *d) for d in diffs):
        return None  # only figures or names differ: the same template, a new statement
    return Match(a.index, b.index, ratio, diffs, words_a, words_b, partial)


def _parallel(a: Unit, b: Unit, i1: int, i2: int, j1: int, j2: int) -> bool:
    """Whether a difference makes a new statement rather than a slip: it changes only figures
    ("năm 2021" / "năm 2022"), or swaps one name for another ("xã Tây Xuân" / "xã Tây Bình",
    "Hội Nông dân" / "Mặt trận Tổ quốc")."""
    if "0" not in a.figure[i1:i2] and "0" not in b.figure[j1:j2]:
        return True
    if i2 - i1 == 1 == j2 - j1 and _point_letter(a, i1) and _point_letter(b, j1):
        return True
    return (i1 < i2 and j1 < j2 and i2 - i1 <= MAX_NAME_WORDS and j2 - j1 <= MAX_NAME_WORDS
            and _name(a, i1, i2) and _name(b, j1, j2))


def _point_letter(u: Unit, i: int) -> bool:
    """Whether word i is the letter of a point cited after "điểm" ("điểm b" / "điểm c"): it names
    another provision as a figure names another count, so it is not a one-letter typo.  A list's
    own marker ("b) …" / "c) …") is not one: the same item under two markers is a paste slip."""
    if u.words is None or i == 0:
        return False
    texts = u.words.word_texts
    word, before = texts[u.first + i], texts[u.first + i - 1]
    return len(word) == 1 and word.isalpha() and word.islower() and before.lower() == "điểm"


def _name(u: Unit, i: int, j: int) -> bool:
    """Whether words i..j are a figure, a name, or the rest of a name begun just before
    ("Mặt | trận Tổ quốc"; a sentence's capitalised first word alone does not begin one)."""
    if u.capital[i] == "1" or u.figure[i] == "1":
        return True
    return i > 0 and u.capital[i - 1] == "1" and (i - 1 > 0 or "1" in u.capital[i:j])


def similar_pairs(units: list[Unit]) -> list[Match]:
    """Every matching pair (earlier, later), sorted."""
    eligible = [u for u in units if u.content >= MIN_WORDS]
    # per eligible unit: its words, its length, its content words, its distinct words and how
    # many of its words are extra copies; the words it holds more than once, with their
    # counts, when needed
    info: list = [None] * len(units)
    for u in eligible:
        distinct = _distinct(u)
        info[u.index] = (u.codes, len(u.codes), u.content, distinct, len(u.codes) - len(distinct))
    out = []
    for j, partners in _candidates(eligible):
        seq_b, lb, content_b, distinct_b, extra_b = info[j]
        for i in partners:
            seq_a, la, content_a, distinct_a, extra_a = info[i]
            if seq_a != seq_b:
                # _may_match on the shared words counted with repeats: each shared word once,
                # plus the extra copies of the words both sentences repeat, which are at most
                # the extra copies of either (that bound first)
                shared = len(distinct_a & distinct_b)
                most = shared + (extra_a if extra_a < extra_b else extra_b)
                short_content, short = (content_a, la) if la <= lb else (content_b, lb)
                if 2 * most / (la + lb) < THRESHOLD and (short_content < MIN_PART_WORDS
                                                          or 2 * most / (short + most) < THRESHOLD - 1e-9):
                    continue
                if extra_a and extra_b:
                    rep_a, rep_b = _repeated(units[i]), _repeated(units[j])
                    for w, n in rep_a.items():
                        other = rep_b.get(w)
                        if other:
                            shared += (n if n < other else other) - 1
                    if not _may_match(la, lb, short_content, shared):
                        continue
                # only a part can match (the shorter sentence, as _part_match picks it, in a
                # stretch of the other): is there a stretch where it could?
                if 2 * shared / (la + lb) < THRESHOLD and (
                        not _part_may_match(seq_a, seq_b, distinct_a) if la <= lb
                        else not _part_may_match(seq_b, seq_a, distinct_b)):
                    continue
            m = _compare(units[i], units[j])
            if m is not None:
                out.append(m)
    out.sort(key=lambda m: (m.first, m.second))  # one match at most per pair
    return out


def _shingles(seq, canonical: dict) -> set:
    """The word 3-shingles of a sequence of word codes (substrings of a string of codes), each
    as the one object ``canonical`` keeps for it: equal shingles of different sentences are the
    same object, which saves memory and lets set operations compare them by identity."""
    assert SHINGLE == 3
    if isinstance(seq, str):
        grams = [seq[k:k + 3] for k in range(len(seq) - 2)]
    else:
        grams = list(zip(seq, seq[1:], seq[2:]))
    return set(map(canonical.setdefault, grams, grams))


def _candidates(eligible: list[Unit]):
    """The pairs to compare among the ``eligible`` units, each once, as (j, [i, ...]) with
    i < j: identical sentences, and sentences sharing enough shingles."""
    pairs: set[tuple[int, int]] = set()
    same: dict = defaultdict(list)
    for u in eligible:
        same[u.codes].append(u.index)
    for copies in same.values():
        if len(copies) > 1:
            for k, j in enumerate(copies[1:], 1):
                partners = copies[:k] if len(copies) <= MAX_COPIES else copies[:1]
                pairs.update((i, j) for i in partners)
                yield j, partners

    # A shingle found in more than MAX_POSTING sentences is a formula: it is left out of the
    # index, and the share a pair must have in common is taken over the remaining shingles.
    # Each unit, in reading order, counts what it shares with the units before it.  A shingle
    # of one sentence only counts in the sentence's size but needs no posting.
    # (identical sentences have the same shingles: each set is made once)
    canonical: dict = {}
    grams_of = {codes: _shingles(codes, canonical) for codes in same}
    frequency: dict = {}
    _count_elements(frequency, chain.from_iterable(grams_of[u.codes] for u in eligible))
    common = set()
    shared = set()
    for g, f in frequency.items():
        if f > MAX_POSTING:
            common.add(g)
        elif f > 1:
            shared.add(g)
    # per sentence: MIN_SHARED times its indexed shingles, and those with a posting
    indexed = {codes: (MIN_SHARED * len(grams.difference(common)), shared.intersection(grams))
               for codes, grams in grams_of.items()}
    postings: dict = defaultdict(list)
    # MIN_SHARED times the indexed shingles of each unit so far, and the least of those
    threshold = [0.0] * (eligible[-1].index + 1 if eligible else 0)
    lowest = float("inf")
    for u in eligible:
        j = u.index
        limit, grams = indexed[u.codes]
        threshold[j] = limit
        lowest = min(lowest, limit)
        before: list[int] = []
        for g in grams:
            posting = postings[g]
            before.extend(posting)
            posting.append(j)
        if len(before) < 2:
            continue
        # a pair needs count >= max(2, MIN_SHARED * min(indexed_i, indexed_j)), that is
        # count >= 2 and (count >= limit or count >= threshold[i]) (rounding keeps the order
        # of products); no unit accepts a count below ``floor``
        floor = max(2, min(limit, lowest))
        counts: dict[int, int] = {}
        _count_elements(counts, before)
        partners = [i for i, count in counts.items() if count >= floor and (count >= limit or count >= threshold[i])]
        if pairs and partners:
            partners = [i for i in partners if (i, j) not in pairs]
        if partners:
            yield j, partners


def repeated_clauses(units: list[Unit], texts: list[str], in_formula) -> list[tuple[int, Unit, Unit, Match]]:
    """Clauses pasted twice inside one sentence ("... tăng 3,1%; ... tăng 3,1%"): for each clause
    that matches, as a whole, the clause right before it, the sentence's index, the two clauses
    (units of their own, see ``clause_units``) and how they match; ``texts`` are the blocks'
    texts.  Clauses further apart are not compared: a long name holding a semicolon, written
    again in a later item of the same run-on paragraph, is not a paste slip."""
    out = []
    for unit in units:
        clauses = clause_units(unit, texts[unit.block], in_formula)
        for a, b in zip(clauses, clauses[1:], strict=False):
            m = _clause_match(a, b)
            if m is not None:
                out.append((unit.index, a, b, m))
    return out


def _clause_match(a: Unit, b: Unit) -> Match | None:
    """``b`` as a whole matching ``a`` as a whole, or the end of ``a`` after a lead ("Năm 2024,
    X; X"): the copy right after its original, not a stretch from the middle of a long clause."""
    if len(a.codes) > len(b.codes):
        m = _part_match(a, b, matching_blocks(a.codes, b.codes)[:-1])
        if m is not None and m.second_words == (0, len(b.codes)) and m.first_words[1] == len(a.codes):
            return m
    m = compare(a, b)
    return m if m is not None and not m.partial else None
