"""Vietnamese word boundaries for KT401, from underthesea's word segmenter.

A Vietnamese word is one to four syllables written apart, so two equal syllables side by side
are often two different words: "quy định | định mức", "học sinh | sinh hoạt", "hành vi | vi
phạm".  A repeat is a slip only when each copy is a whole word or run of words.  No list of
compounds we could ship knows as many words as a segmenter trained on a treebank does, so the
repeat rule asks underthesea's ``word_tokenize`` (a CRF model inside the package: import about
0.5 s, then under a millisecond a sentence).  It is imported only when a draft has a candidate
repeat, and only the few words around each candidate are segmented.

A phrase written on both sides of one word ("X word X") is the trace of an edit only when that
word modifies the first copy ("công tác tốt công tác", "kiểm tra kỹ kiểm tra": the adjective or
adverb of a rewording); around a verb, a preposition or a noun the two copies are two parts of
the sentence ("lập trên hóa đơn gửi hóa đơn cho người mua", "làm việc tại Việt Nam học tại Việt
Nam").  underthesea's ``pos_tag`` (same package, same laziness) names the word's part of speech.
"""

from __future__ import annotations

CONTEXT = 6  # words read on each side of a candidate repeat
MODIFIER_TAGS = frozenset({"A", "R", "T"})  # underthesea's tags of adjectives, adverbs, particles ("ngay")


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


def is_modifier(syllables: list[str], k: int, lo: int, hi: int) -> bool:
    """Whether the syllable ``k`` is a word of its own that is an adjective or an adverb,
    reading the syllables ``lo``..``hi`` (exclusive) around it; True when the tagger's words do
    not line up with ours (then nothing is known)."""
    from underthesea import pos_tag  # lazily, as word_tokenize

    at = lo
    for token, tag in pos_tag(" ".join(syllables[lo:hi])):
        size = len(token.split())
        if at == k:
            return size == 1 and tag in MODIFIER_TAGS
        at += size
        if at > k:
            return False
    return True
