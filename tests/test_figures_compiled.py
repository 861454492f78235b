"""The figures rules' patterns go through ``compile_cached``: each must be written the same way in
every process, or it would never be found in the cache and would be added to it on every run."""

from __future__ import annotations

import regex

from hash_seeds import outputs_under_hash_seeds
from kiemtra_lint.rules._figures_lexicon import phrase_pattern


def test_phrases_of_one_length_are_in_alphabetical_order():
    source = phrase_pattern(["gồm", "nam", "trong đó", "nữ", "bao gồm", "gồm"])
    alternatives = regex.search(r"\(\?i:(.*)\)\(\?!", source).group(1).split("|")
    assert alternatives == ["trong\\ đó", "bao\\ gồm", "gồm", "nam", "nữ"]
    assert phrase_pattern(["nữ", "nam", "gồm"]) == phrase_pattern(["gồm", "nam", "nữ"])


def test_the_order_of_phrases_of_one_length_changes_no_match():
    forward = regex.compile(phrase_pattern(["ab", "cd", "ủy", "uỷ"]))
    alternatives = "|".join(regex.escape(p) for p in ["uỷ", "ủy", "cd", "ab"])
    backward = regex.compile(forward.pattern.replace(regex.search(r"\(\?i:(.*)\)\(\?!", forward.pattern).group(1),
                                                     alternatives))
    for text in ("ab cd", "AB, ủy Uỷ", "abcd ab", "Cd-ab ỦY"):
        assert [m.span() for m in forward.finditer(text)] == [m.span() for m in backward.finditer(text)]


def test_the_figures_patterns_are_the_same_in_every_process():
    probe = ("from kiemtra_lint.rules._figures_lexicon import lexicon\n"
             "from kiemtra_lint.numbers import _candidates\n"
             "lex = lexicon()\n"
             "for name in sorted(lex._sources):\n"
             "    value = getattr(lex, name)\n"
             "    print(name, [p.pattern for p in value] if isinstance(value, tuple) else value.pattern)\n"
             "print(_candidates().pattern)\n")
    assert len(outputs_under_hash_seeds(probe)) == 1
