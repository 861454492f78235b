"""The cheap tests the figures rules run before their costly ones never change what they find.

Each pre-filter is checked against what it stands in for: the regular expression it saves, or
the claims of a sentence it skips, on the labelled set, the sample drafts' sources and text made
to provoke it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from kiemtra_lint.rules.figures.numbers import find_numbers
from kiemtra_lint.readers.textfile import parse_text
from kiemtra_lint.rules.figures import lexicon as _figures_lexicon
from kiemtra_lint.rules.figures import sentences as _figures_sentences
from kiemtra_lint.rules.vocabulary import UNEVEN_CASE
from kiemtra_lint.rules.figures.claims import may_claim, sentence_claims
from kiemtra_lint.rules.figures.lexicon import hints, lexicon, may_hold, phrase_pattern
from kiemtra_lint.rules.figures.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    """Paragraphs of the labelled set and of the samples' sources, and the same shouted and
    spelled with letters the regex module pairs with others ignoring case."""
    lines = []
    for path in sorted((ROOT / "tests" / "data" / "figures").glob("*.md")):
        lines += [x for x in path.read_text(encoding="utf-8").splitlines() if x and x[0] not in "#=|"]
    for path in sorted((ROOT / "samples" / "src").glob("*.txt")):
        lines += [x.split(":", 1)[1].strip() for x in path.read_text(encoding="utf-8").splitlines()
                  if x.startswith("p:") or x.startswith("p num=")]
    out = []
    for line in lines:
        out += [line, line.upper(), line.replace("s", "ſ").replace("i", "İ"), line.replace("I", "ı")]
    return out


TEXTS = _texts()


def test_the_letters_of_uneven_case_are_all_known():
    """``hints`` keeps only letters whose every case-insensitive partner (to the regex module)
    has the same lower case: every letter of an uneven pair must be in _UNEVEN_ASCII or
    UNEVEN_CASE."""
    regex_core = pytest.importorskip("regex._regex_core")
    get_all_cases = getattr(regex._regex, "get_all_cases", None)
    if get_all_cases is None:
        pytest.skip("this regex module does not expose its case tables")
    flags = regex_core.UNICODE | regex_core.IGNORECASE

    def known(ch: str) -> bool:
        return ch in _figures_lexicon._UNEVEN_ASCII or UNEVEN_CASE.match(ch) is not None

    missing = set()
    for cp in range(0x10000):  # UNEVEN_CASE holds every character beyond the BMP
        if 0xD800 <= cp < 0xE000:
            continue
        y = chr(cp)
        for c in get_all_cases(flags, cp):
            x = chr(c)
            if x.lower() != y.lower() or len(y.lower()) != 1:
                missing |= {ch for ch in (x, y) if not known(ch)}
    assert not missing, sorted(f"U+{ord(ch):04X}" for ch in missing)


def test_hints_keep_the_longest_stretch_of_even_letters():
    assert hints(["trong số đó", "chia ra"]) == ("trong ", "a ra")
    assert hints(["chiếm"]) == ("ếm",)  # of "ch" and "ếm", the one with a letter outside ASCII
    assert hints(["is"]) is None
    assert hints(["trong đó", "trong số đó", "gồm", "bao gồm"]) == ("trong ", "gồm")


@pytest.mark.parametrize("field", ["breakdown", "composition", "share"])
def test_a_phrase_is_never_found_where_its_hints_are_not(field):
    cues = {"breakdown": ("breakdown", "breakdown_complete"), "composition": ("composition",),
            "share": ("share",)}[field]
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("kiemtra_lint.rules").joinpath("data/figures-lexicon.toml")
                         .read_text(encoding="utf-8"))
    phrases = [p for key in cues for p in data["cues"][key]]
    pattern = regex.compile(phrase_pattern(phrases))
    stretches = getattr(lexicon(), f"{field}_hints")
    provoking = [p + " 5" for p in phrases] + [p.upper() for p in phrases] + [
        p.replace("i", "İ").replace("s", "ſ").replace("I", "ı") for p in phrases]
    for text in TEXTS + provoking:
        if pattern.search(text):
            assert may_hold(stretches, text.lower()), text


def test_scan_finds_what_the_expression_it_replaces_found():
    old = regex.compile(r"[();]|(?<!\d)[,:]|[,:](?!\d)")

    def old_scan(text, start, end):
        parens, separators, depth, open_at = [], [], 0, 0
        for m in old.finditer(text, start, end):
            i, ch = m.start(), m.group()
            if ch == "(":
                if depth == 0:
                    open_at = i
                depth += 1
            elif ch == ")" and depth:
                depth -= 1
                if depth == 0:
                    parens.append((open_at, i))
            elif depth == 0 and ch in ",;:":
                separators.append(i)
        if depth:
            parens.append((open_at, end))
        return parens, separators

    extra = ["92,5% và 8:30, (a, b: c) ; 1,2", ",5 5, ,5 :1 1: 1:1 ١,٢ ١, ,٢ 𝟏,𝟐 ², (", "((a) b, c", "a)b(c, d"]
    for text in TEXTS + extra:
        for start, end in ((0, len(text)), (1, len(text) - 1), (2, max(2, len(text) // 2))):
            assert _figures_sentences.scan(text, start, end) == old_scan(text, start, end), (text, start, end)
            if "(" not in text[start:end]:
                assert _figures_sentences.separators(text, start, end) == old_scan(text, start, end)[1]


def test_a_sentence_may_claim_lets_through_every_sentence_with_claims():
    checked = 0
    for text in TEXTS:
        doc = parse_text(text + "\n", "t.md", "md")
        for block in doc.blocks:
            for s in split_sentences(block.index, block.text):
                if may_claim(s):
                    continue
                tokens = find_numbers(s.text, s.start, s.end)
                if sum(t.is_quantity for t in tokens) < 2:
                    continue
                claims = sentence_claims(s, lambda: [])
                assert not (claims.fraction_percents or claims.breakdowns or claims.shares or claims.share_lists), \
                    s.text[s.start:s.end]
                checked += 1
    assert checked > 100
