"""Vietnamese word boundaries for KT401, from underthesea's word segmenter.

A Vietnamese word is one to four syllables written apart, so two equal syllables side by side
are often two different words: "quy định | định mức", "học sinh | sinh hoạt", "hành vi | vi
phạm".  A repeat is a slip only when each copy is a whole word or run of words.  No list of
compounds we could ship knows as many words as a segmenter trained on a treebank does, so the
repeat rule asks underthesea's ``word_tokenize`` (a CRF model inside the package: import about
0.5 s, then under a millisecond a sentence).  It is imported only when a draft has a candidate
repeat, and only the few words around each candidate are segmented.
"""

from __future__ import annotations

CONTEXT = 6  # words read on each side of a candidate repeat


def word_starts(syllables: list[str]) -> set[int] | None:
    """The indexes of ``syllables`` at which a word starts, plus ``len(syllables)``; None when
    the segmenter's syllables do not line up with ours (then nothing is known)."""
    from underthesea import word_tokenize  # lazily: half a second, paid only for candidates

    starts, at = {0}, 0
    for token in word_tokenize(" ".join(syllables)):
        at += len(token.split())
        starts.add(at)
    return starts if at == len(syllables) else None


def whole_words(syllables: list[str], cuts: list[int], lo: int, hi: int) -> bool:
    """Whether a word starts at each of ``cuts`` (indexes into ``syllables``), reading the
    syllables ``lo``..``hi`` (exclusive) around them; True when the segmenter cannot say."""
    starts = word_starts(syllables[lo:hi])
    return starts is None or all(cut - lo in starts for cut in cuts)
