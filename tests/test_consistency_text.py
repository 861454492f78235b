"""The syllable helpers of kiemtra_lint.text: tone-mark placement and syllable shape."""

import pytest

from kiemtra_lint.text import TONE_ON_FIRST, TONE_ON_SECOND, looks_like_syllable, retone, tone_style


@pytest.mark.parametrize("first, second", [
    ("hòa", "hoà"), ("khóa", "khoá"), ("họa", "hoạ"), ("tòa", "toà"), ("xòe", "xoè"), ("khỏe", "khoẻ"),
    ("ủy", "uỷ"), ("thủy", "thuỷ"), ("lũy", "luỹ"), ("thúy", "thuý"), ("Ủy", "Uỷ"), ("HÒA", "HOÀ"),
    ("ỦY", "UỶ"), ("Khóa", "Khoá"),
])
def test_both_placements_are_recognised_and_converted(first, second):
    assert tone_style(first) == TONE_ON_FIRST
    assert tone_style(second) == TONE_ON_SECOND
    assert retone(second, TONE_ON_FIRST) == first
    assert retone(first, TONE_ON_SECOND) == second
    assert retone(first, TONE_ON_FIRST) == first


@pytest.mark.parametrize("word", [
    "hoa", "uy", "hoàn", "hoạch", "quý", "quỳ", "khuya", "khuỷu", "ngoài", "xoáy", "thuế", "gìa", "kỹ", "nghĩa",
    "COVID-19", "2021", "",
])
def test_syllables_written_one_way_only_have_no_style(word):
    assert tone_style(word) is None
    assert retone(word, TONE_ON_FIRST) == word
    assert retone(word, TONE_ON_SECOND) == word


def test_decomposed_input_is_handled():
    assert tone_style("hoa\u0300") == TONE_ON_SECOND  # "hoà" typed as h, o, a + combining grave
    assert retone("hoa\u0300", TONE_ON_FIRST) == "hòa"
    assert tone_style("ho\u0300a") == TONE_ON_FIRST  # "hòa": the grave follows the o


@pytest.mark.parametrize("word", ["NGUYỄN", "KHUYẾT", "NGƯỜI", "GIẢI", "QUYỀN", "NGHĨA", "ĐIỂM", "hoàng", "TU"])
def test_real_syllables_look_like_syllables(word):
    assert looks_like_syllable(word)


@pytest.mark.parametrize("word", ["UBND", "HĐND", "CCHC", "ANQP", "BCĐ", "TTHC", "KT", "OCOP", "DVCTT"])
def test_abbreviations_do_not(word):
    assert not looks_like_syllable(word)
