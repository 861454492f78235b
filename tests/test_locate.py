"""The context shown around a finding: split in a window, the same as over the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kiemtra_lint.report.locate import CONTEXT_CHARS, context
from kiemtra_lint.text import sentences


def whole_text_context(text: str, start: int, end: int, chars: int = CONTEXT_CHARS):
    """The former context(): sentences of the whole block."""
    lo, hi = 0, len(text)
    for s, e in sentences(text):
        if s <= start < e or (start == e and s < start):
            lo = s
        if s < end <= e:
            hi = e
            break
    lo, hi = max(lo, start - chars), min(hi, end + chars)
    before = ("…" if lo > 0 else "") + text[lo:start]
    return before, text[start:end], text[end:hi] + ("…" if hi < len(text) else "")


PIECES = ["Chi bộ", " ", "  ", "đạt", "93,5%", ". ", "! ", "? ", "… ", ".", "\n", "1.", " 2. ", "IV. ", "TP.HCM",
          "Tp. Hà Nội", "“Nghị quyết", "” ", "(", ")", " - ", "Đảng", "a.", "xxxxxxxxxxxxxxxxxxxx", "Năm 2023. Năm"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=400), st.data())
def test_window_gives_the_whole_texts_context(pieces, data):
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 60)))
    assert context(text, start, end) == whole_text_context(text, start, end)


def test_a_finding_deep_in_a_long_paragraph_is_shown_with_its_sentence():
    text = "Câu mở đầu. " * 50_000 + "Tỷ lệ đạt 90,5% là sai. " + "Câu sau. " * 50_000
    at = text.index("90,5%")
    assert context(text, at, at + 5) == ("…Tỷ lệ đạt ", "90,5%", " là sai.…")
