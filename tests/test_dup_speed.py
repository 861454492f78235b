"""The fast paths of the duplicates rules (KT401-KT403) against what they replace.

Each shortcut in rules/duplicates/*.py (one regex split for the words, word codes as characters,
difflib's alignment by string search, bit arithmetic for a sentence's content words, regex
searches for formulas and repeated words) is checked here against the plain computation, on
random input as well as on real text, and the fallback for documents with too many distinct
words against the usual path.
"""

from __future__ import annotations

import csv
import random
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from kiemtra_lint.document import FOOTNOTE, PARAGRAPH, TABLE_CELL, Block, Document
from kiemtra_lint.engine import Context
from kiemtra_lint.registry import get_rule
from kiemtra_lint.readers import read_document
from kiemtra_lint.text import _WORD, split_words, words
from kiemtra_lint.rules.duplicates import align as _dup_align
from kiemtra_lint.rules.duplicates import units as _dup_units
from kiemtra_lint.rules.duplicates.repeats import find_repeats
from kiemtra_lint.rules.duplicates.units import Formulas, Numbering, token_key

ROOT = Path(__file__).parent.parent
PAIRS = sorted((Path(__file__).parent / "data" / "duplicates").glob("*.tsv"))


def labelled_sentences() -> list[str]:
    out = []
    for path in PAIRS:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                out += [row["first"], row["second"]]
    return out


ODD_TEXTS = [
    "", " ", "...", "a", "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị.",
    "xã Hoà-Bình, ‘Ea H’leo’ - rock'n'roll -- 3.889,5 % ½ ² ⅔ 〇 二〇二一",
    "e\u0301 combining, \u0301 alone, NFD ho\u0300a, tab\tand\nnew line",
    "emoji 🙂 and 𝐁𝐨𝐥𝐝 math, Ǆ title-case, İstanbul, ß straße, ſ long s",
    "joiners at edges: -abc abc- 'x x' ’y’ a--b a-'b a-b-c",
    "Zero\u200bwidth, soft\u00adhyphen, nbsp\u00a0here",
]


def test_split_words_is_text_words():
    texts = ODD_TEXTS + labelled_sentences()
    for path in sorted((ROOT / "samples").glob("*.docx")):
        texts += [b.text for b in read_document(str(path)).blocks]
    for text in texts:
        want = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]  # the word pattern itself
        starts, ends, texts_ = split_words(text)
        assert list(zip(starts, ends, texts_)) == want, text
        assert words(text) == want, text


def random_pair(rng: random.Random, alphabet: int, max_len: int) -> tuple[str, str]:
    a = "".join(chr(rng.randrange(alphabet)) for _ in range(rng.randint(0, max_len)))
    if rng.random() < 0.5:  # an edited copy
        b = list(a)
        for _ in range(rng.randint(0, 6)):
            op, where = rng.random(), rng.randint(0, len(b))
            if op < 0.3 and b:
                del b[min(where, len(b) - 1)]
            elif op < 0.6:
                b.insert(where, chr(rng.randrange(alphabet)))
            elif b:
                b[min(where, len(b) - 1)] = chr(rng.randrange(alphabet))
        return a, "".join(b)
    return a, "".join(chr(rng.randrange(alphabet)) for _ in range(rng.randint(0, max_len)))


def test_alignment_is_difflibs():
    rng = random.Random(20231)
    for trial in range(30_000):
        a, b = random_pair(rng, rng.choice([1, 2, 3, 5, 8, 300]), rng.choice([3, 12, 40]))
        sm = SequenceMatcher(None, a, b, autojunk=False)
        blocks = _dup_align.matching_blocks(a, b)
        assert blocks == [tuple(m) for m in sm.get_matching_blocks()], (a, b)
        assert _dup_align.ratio(blocks, len(a) + len(b)) == sm.ratio()
        assert _dup_align.differences(blocks) == tuple(
            (i1, i2, j1, j2) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal")
        # sequences other than strings go to difflib itself
        assert _dup_align.matching_blocks(tuple(map(ord, a)), tuple(map(ord, b))) == blocks


def old_content(keys, figure, capital, in_formula) -> int:
    """_content as it was, word by word."""
    glue_side = {"số": 1, "ngày": 1, "của": -1}
    n = len(keys)
    count = 0
    for i in range(n):
        name = i > 0 and (capital[i] or (capital[i - 1] and i - 1 > 0))
        side = glue_side.get(keys[i])
        glue = side is not None and 0 <= i + side < n and figure[i + side]
        if not (figure[i] or name or glue or in_formula[i]):
            count += 1
    return count


@pytest.mark.parametrize("as_text", [True, False])
def test_content_and_formulas_agree_with_the_word_by_word_count(as_text):
    formulas = Formulas(("lãnh đạo, chỉ đạo", "cán bộ, đảng viên", "cán bộ", "nâng cao năng lực lãnh đạo",
                         "năng lực lãnh đạo, sức chiến đấu", "tự diễn biến, tự chuyển hóa", "không có trong văn bản"))
    vocabulary = ("lãnh đạo chỉ cán bộ đảng viên nâng cao năng lực sức chiến đấu tự diễn biến chuyển hóa "
                  "số ngày của Ban Huyện ủy 2021 35-NQ xã Tây").split()
    rng = random.Random(7)
    numbering = Numbering(as_text)
    sentences = [[rng.choice(vocabulary) for _ in range(rng.randint(1, 30))] for _ in range(3000)]
    for ws in sentences:
        for w in ws:
            numbering[w]
    find = formulas.finder(numbering)
    for ws in sentences:
        keys = tuple(token_key(w) for w in ws)
        codes = "".join(numbering[w] for w in ws) if as_text else tuple(numbering[w] for w in ws)
        pad = rng.randint(0, 3)  # the sentence inside a longer block
        block = (codes[:pad] + codes + codes[:pad]) if len(codes) >= pad else codes
        lo, hi = (pad, pad + len(codes)) if len(codes) >= pad else (0, len(codes))
        mask = formulas.mask(keys)
        bits = find(block, lo, hi)
        assert [bool(bits >> (len(ws) - 1 - k) & 1) for k in range(len(ws))] == mask, ws
        weights = [_dup_units._weigh(w) for w in ws]
        flags = ["".join(w[f] for w in weights) for f in range(4)]
        figure = [w[0] == "1" for w in weights]
        capital = [w[1] == "1" for w in weights]
        assert _dup_units._content(len(ws), *flags, bits) == old_content(keys, figure, capital, mask), ws


def test_repeated_word_search_agrees_with_the_word_by_word_search():
    rng = random.Random(11)
    allowed = frozenset({"ngày ngày", "từng bước từng bước"})
    vocabulary = "đã đã các ngày từng bước 12 12 và công tác tốt Hoà hòa".split()
    numbering = Numbering(True)
    for _ in range(3000):
        ws = [rng.choice(vocabulary) for _ in range(rng.randint(0, 25))]
        text = "".join(w + rng.choice([" ", " ", "\n", ", "]) for w in ws)
        starts, ends, texts = split_words(text)
        codes = "".join(map(numbering.__getitem__, texts))
        fast = find_repeats(text, starts, ends, texts, allowed, codes, numbering.key_of)
        assert fast == find_repeats(text, starts, ends, texts, allowed), text


def corpus() -> list[Document]:
    docs = [read_document(str(path)) for path in sorted((ROOT / "samples").glob("*.docx"))]
    doc = Document(path="pairs.md", format="md")
    rng = random.Random(3)
    for text in labelled_sentences():
        if "Nơi nhận" in text:  # would end the body (rules/duplicates/design.py): these pairs are no document
            continue
        kind = rng.choice([PARAGRAPH, PARAGRAPH, PARAGRAPH, FOOTNOTE, TABLE_CELL])
        doc.blocks.append(Block(index=len(doc.blocks), kind=kind, text=text))
    return docs + [doc]


def findings(doc: Document) -> list:
    ctx = Context()
    return [repr(f) for code in ("KT401", "KT402", "KT403") for f in get_rule(code).check(doc, ctx)]


def test_too_many_distinct_words_gives_the_same_findings(monkeypatch):
    docs = corpus()
    usual = [findings(doc) for doc in docs]
    assert sum(map(len, usual)) > 40
    monkeypatch.setattr(_dup_units, "_LAST_CODE", 40)  # numbering runs out of characters at once
    assert [findings(doc) for doc in docs] == usual


def test_a_part_is_looked_for_only_where_it_can_be_found():
    """similar_pairs skips the alignment when _part_may_match says no stretch can hold the
    shorter sentence: then _compare finds nothing either (random sentences built to be close)."""
    from kiemtra_lint.rules.duplicates import match as m

    def unit(index, codes):
        return _dup_units.Unit(index, 0, 0, 0, codes, "0" * len(codes), "0" * len(codes), 40)

    def shared(a, b):
        return sum(min(a.count(w), b.count(w)) for w in set(a))

    rng = random.Random(5)
    skipped = 0
    for trial in range(20_000):
        alphabet = rng.choice([6, 12, 40])
        short = "".join(chr(65 + rng.randrange(alphabet)) for _ in range(rng.randint(14, 30)))
        long_ = list(short)
        for _ in range(rng.randint(0, 25)):  # insertions, deletions and changes
            op, where = rng.random(), rng.randint(0, len(long_))
            if op < 0.6:
                long_.insert(where, chr(65 + rng.randrange(alphabet)))
            elif op < 0.8 and long_:
                del long_[min(where, len(long_) - 1)]
            elif long_:
                long_[min(where, len(long_) - 1)] = chr(65 + rng.randrange(alphabet))
        long_ = "".join(long_)
        if len(long_) < len(short) or 2 * shared(short, long_) / (len(short) + len(long_)) >= m.THRESHOLD:
            continue  # a whole match may be possible: never skipped
        if not m._part_may_match(short, long_, frozenset(short)):
            skipped += 1
            assert m._compare(unit(0, short), unit(1, long_)) is None, (short, long_)
    assert skipped > 1000
