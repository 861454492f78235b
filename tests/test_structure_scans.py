"""The scans of KT103, KT105 and KT106 find exactly what their reference regexes find, and read
a long text a bounded number of times.

Each fast scan is compared with the regex it replaces on seeded random strings made of the
characters that matter.  The inputs of the "long" tests are the patterns that used to make the
regexes backtrack: the old scans took hours on them (20,000 characters of "1." took 11 s), the
new ones take milliseconds, and the answers are known.
"""

import random

import pytest

from kiemtra_lint.document import Block
from kiemtra_lint.rules.structure import parts as parts
from kiemtra_lint.rules.structure import notes as notes
from kiemtra_lint.rules.structure import unfinished as ph
from kiemtra_lint.text import words


def random_texts(seed: int, alphabet: list[str], count: int, longest: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


# -- KT106 --------------------------------------------------------------------------------------
XS_ALPHABET = list("xX1./,aA² ") + ["xx", "XXX", "20xx", "1x.xxx", "ữ", "9"]
DATE_ALPHABET = list("12./…_/ a²3") + ["//", "...", "__", "…/", "ngày", "12/", "2023"]


def test_placeholder_xs_are_the_matches_of_the_regex():
    for text in random_texts(1, XS_ALPHABET, 5000, 24):
        want = [(m.start(), m.end(), m.group("upper") is not None) for m in ph._XS.finditer(text)]
        assert ph._placeholder_xs(text) == want, text


def test_numeric_dates_are_the_matches_of_the_regex():
    for text in random_texts(2, DATE_ALPHABET, 5000, 24):
        want = [(m.span(), m.groupdict()) for m in ph._DATE_NUMERIC.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in ph._numeric_dates(text)] == want, text


@pytest.mark.parametrize("unit, tail, found", [
    ("1.", "xx", [(0, 200_002, False)]),  # one placeholder: the whole run
    ("1,", "x", []),  # no "xx": the run is not read at all
    (".", "xx1", [(100_000, 100_003, False)]),
    ("x.", "1", []),  # no "xx"
    ("X.", "XXX", [(200_000, 200_003, True)]),  # no digit: only the "XXX" at the end
])
def test_a_long_run_of_digits_and_dots_is_read_once(unit, tail, found):
    # (the same answers as _XS on the same runs a hundred times shorter)
    assert ph._placeholder_xs(unit * 100_000 + tail) == found


def test_a_long_run_of_dots_before_a_slash_is_read_once():
    text = "." * 200_000 + "a/" + "…" * 200_000 + "/" + "_" * 50_000 + "/…/2023"
    # the first "…" run is no day ("…/___/…" has no year); the "_" run is, after its first "_"
    assert [m.span() for m in ph._numeric_dates(text)] == [(400_004, 450_010)]
    assert ph._numeric_dates("1/" * 100_000) == []


def test_the_issue_date_after_a_gap_is_searched_for_only_in_lines_ending_with_a_year():
    lines = random_texts(3, ["Tây Sơn", ", ", "ngày", " ", "   ", "\t", "tháng", "năm", "NĂM", "2023", "12", "…", "..",
                             "5", "a", "\n"], 20000, 12)
    lines += [f"Số 12-BC/HU{gap}Tây Sơn, ngày {d} tháng 7 năm {y}{tail}" for gap in ("\t", "   ", " ")
              for d in ("05", "…", "") for y in ("2023", "20..", "…") for tail in ("", " ", "\n", "x")]
    hits = 0
    for line in lines:
        want = parts._ISSUE_DATE_AFTER_GAP.search(line)
        fast = parts._ISSUE_DATE_AFTER_GAP.search(line) if parts._ENDS_WITH_YEAR.match(line, 0, len(line)) else None
        assert (want and want.span()) == (fast and fast.span()), line
        hits += want is not None
    assert hits > 50


# -- KT105 --------------------------------------------------------------------------------------
NOTES_ALPHABET = list("ab m(1)*²¹³ \n\t.,;'’-[]") + ["(1)", "(*)", "(**)", "[2]", "km", "m", "\n\n", "  ", "x¹", "a-b",
                                                    "\x1c", "ữ", "\u0301"]


def test_note_texts_and_typed_marks_are_the_matches_of_the_regexes():
    for text in random_texts(4, NOTES_ALPHABET, 5000, 25):
        assert ({notes._mark_key(m) for m in notes._note_texts(text)}
                == {notes._mark_key(m) for m in notes._NOTE_TEXT.finditer(text)}), text
        assert ([(m.span(), m.groupdict()) for m in notes._typed_mark_matches(text)]
                == [(m.span(), m.groupdict()) for m in notes._TYPED_MARK.finditer(text)]), text


def _mark_span_by_splitting(text: str, offset: int) -> tuple[int, int]:
    """What _mark_span answered by splitting all the text before the mark into words."""
    before = words(text[:offset])
    if before:
        start, end, _ = before[-1]
        if not text[end:offset].strip(" .,;:!?)”\"'’"):
            return start, end
    return offset, offset


def _unit_by_splitting(text: str, start: int) -> bool:
    if any(text[:start].endswith(digit + unit) for digit in "0123456789" for unit in notes.UNITS):
        return True  # "9.361,38km²"
    before = words(text[:start])
    return bool(before) and before[-1][1] == start and before[-1][2] in notes.UNITS


def test_the_word_before_a_mark_is_the_last_word_of_the_text_before_it():
    texts = random_texts(5, NOTES_ALPHABET, 1500, 25)
    texts += random_texts(6, ["a", "b", "-", "'", "ab", " ", ".", ")"], 300, 150)  # words longer than the look-back
    for text in texts:
        block = Block(0, "paragraph", text)
        for offset in range(len(text) + 1):
            span = notes._mark_span(block, offset, {})
            assert (span.start, span.end) == _mark_span_by_splitting(text, offset), (text, offset)
            assert notes._unit_before(text, offset) == _unit_by_splitting(text, offset), (text, offset)


def test_many_marks_in_a_long_paragraph_do_not_split_it_again_for_each(monkeypatch):
    split = []
    monkeypatch.setattr(notes, "words", lambda text: split.append(len(text)) or words(text))
    text = "Đã ban hành nghị quyết chuyên đề¹ và kế hoạch² thực hiện m² " * 5000
    marks = list(notes._typed_mark_matches(text))
    assert len(marks) == 15000
    units = [notes._unit_before(text, m.start()) for m in marks]
    assert units.count(True) == 5000
    block = Block(0, "paragraph", text)
    words_of: dict = {}
    spans = [notes._mark_span(block, m.start(), words_of) for m in marks]
    assert [text[s.start:s.end] for s in spans[:3]] == ["đề", "hoạch", "m"]
    assert split == []  # every word was found within the look-back
    giant = Block(1, "paragraph", "a" * 100_000)
    spans = [notes._mark_span(giant, offset, words_of) for offset in range(1000, 100_001, 1000)]
    assert {(s.start, s.end - s.start) for s in spans[:2]} == {(0, 1000), (0, 2000)}
    assert split == [100_000]  # one word longer than the look-back: the block is split once


def test_a_long_run_of_empty_lines_is_read_once():
    text = "\n" * 200_000 + "(1) Nghị quyết số 05-NQ/HU" + " \n" * 100_000 + "¹ Gồm"
    assert {notes._mark_key(m) for m in notes._note_texts(text)} == {"1"}
