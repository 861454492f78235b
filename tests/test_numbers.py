"""The Vietnamese number reader: every digit run gets the right kind, value and span."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiemtra_lint.rules.figures.numbers import (ABOVE, APPROX, BELOW, CODE, COUNT, DATE, DECIMAL, FRACTION, LABEL, NAME, PERCENT,
                                  RANGE, SCALE, SYMBOL, YEAR, find_numbers, format_vi, parse_number, quantities)


def kinds(text):
    return [(text[t.start:t.end], t.kind) for t in find_numbers(text)]


def one(text):
    tokens = quantities(text)
    assert len(tokens) == 1, tokens
    return tokens[0]


@pytest.mark.parametrize("literal, kind, value, decimals", [
    ("06", COUNT, Fraction(6), 0),
    ("3.889", COUNT, Fraction(3889), 0),  # the dot groups thousands
    ("1.500.050", COUNT, Fraction(1500050), 0),
    ("1.500.050,30", DECIMAL, Fraction(150005030, 100), 2),
    ("4.218,5", DECIMAL, Fraction(42185, 10), 1),
    ("96,4", DECIMAL, Fraction(964, 10), 1),
    ("92,5%", PERCENT, Fraction(925, 10), 1),
    ("92,5 %", PERCENT, Fraction(925, 10), 1),
    ("92,5\u00a0%", PERCENT, Fraction(925, 10), 1),
    ("0,63%", PERCENT, Fraction(63, 100), 2),
    ("100%", PERCENT, Fraction(100), 0),
    ("49/53", FRACTION, Fraction(49, 53), 0),
    ("3.889/4.102", FRACTION, Fraction(3889, 4102), 0),
])
def test_literals(literal, kind, value, decimals):
    t = one(f"có {literal} người")
    assert (t.text, t.kind, t.value, t.decimals) == (literal, kind, value, decimals)
    assert t.qualifier is None


def test_fraction_keeps_numerator_and_denominator():
    t = one("đạt chuẩn 3.889/4.102 đảng viên")
    assert (t.numerator, t.denominator) == (3889, 4102)


def test_offsets_are_the_literal_only():
    text = "Có 49/53 trường, đạt trên 95%."
    fraction, percent = find_numbers(text)
    assert text[fraction.start:fraction.end] == "49/53"
    assert text[percent.start:percent.end] == "95%"
    assert text[percent.claim_start:percent.end] == "trên 95%"


@pytest.mark.parametrize("text, qualifier, claim", [
    ("khoảng 90%", APPROX, "khoảng 90%"),
    ("Khoảng 90%", APPROX, "Khoảng 90%"),
    ("gần 500 người", APPROX, "gần 500"),
    ("xấp xỉ 12,5%", APPROX, "xấp xỉ 12,5%"),
    ("ước đạt 95%", APPROX, "ước đạt 95%"),
    ("trên dưới 100 người", APPROX, "trên dưới 100"),
    ("đạt trên 95%", ABOVE, "trên 95%"),
    ("hơn 95%", ABOVE, "hơn 95%"),
    ("ít nhất 02 lần", ABOVE, "ít nhất 02"),
    ("95% trở lên", ABOVE, "95%"),
    ("từ 180 đảng viên trở lên", ABOVE, "từ 180"),
    ("dưới 5%", BELOW, "dưới 5%"),
    ("chưa đến 10 người", BELOW, "chưa đến 10"),
    ("không quá 3%", BELOW, "không quá 3%"),
    ("(trên 95%)", ABOVE, "trên 95%"),
])
def test_qualifiers(text, qualifier, claim):
    t = one(text)
    assert t.qualifier == qualifier
    assert text[t.claim_start:t.end] == claim


@pytest.mark.parametrize("text, expected", [
    ("ngày 15/3/2021", [("15/3/2021", DATE)]),
    ("ngày 22 tháng 10 năm 2018", [("22", DATE), ("10", DATE), ("2018", DATE)]),
    ("từ tháng 10/2020 đến tháng 6/2023", [("10/2020", DATE), ("6/2023", DATE)]),
    ("dịp lễ 2/9", [("2/9", DATE)]),
    ("Nghị quyết số 07-NQ/TU", [("07", SYMBOL)]),
    ("Nghị định số 30/2020/NĐ-CP", [("30/2020", SYMBOL)]),
    ("Quyết định số 318/QĐ-TTg", [("318", SYMBOL)]),
    ("bản đồ tỷ lệ 1/2000", [("1/2000", SCALE)]),
    ("Quảng trường 3/2", [("3/2", NAME)]),
    ("Quảng trường 2/9", [("2/9", NAME)]),
    ("trực 24/7", [("24/7", CODE)]),
    ("tuyến ĐT725", [("725", CODE)]),
    ("đoạn Km12+300", [("12", CODE), ("300", CODE)]),
    ("dịch COVID-19", [("19", CODE)]),
    ("cách mạng công nghiệp 4.0", [("4.0", CODE)]),
    ("lúc 8:30", [("8", CODE), ("30", CODE)]),
    ("nhiệm kỳ 2020 - 2025", [("2020", YEAR), ("2025", YEAR)]),
    ("năm học 2023-2024", [("2023", YEAR), ("2024", YEAR)]),
    ("lần thứ 5", [("5", LABEL)]),
    ("Điều 15", [("15", LABEL)]),
    ("Chương trình hành động số 05 của Tỉnh ủy", [("05", LABEL)]),
    ("xếp thứ 3/12 huyện", [("3/12", LABEL)]),
    ("Bộ Tư lệnh Quân khu 5", [("5", LABEL)]),
    ("Ban Chỉ đạo 35 của huyện", [("35", NAME)]),
    ("Nghị quyết Trung ương 4 khóa XII", [("4", NAME)]),
    ("1. Công tác tuyên truyền", [("1", LABEL)]),
    ("tiếp 12 cuộc/15 lượt công dân", [("12", COUNT), ("15", COUNT)]),
    ("hiến 48.600 m² đất", [("48.600", COUNT)]),
    ("thu hồi 20ha", [("20", COUNT)]),
    ("từ 3 - 5 người", [("3 - 5", RANGE)]),
    ("tăng 10-15%", [("10-15%", RANGE)]),
])
def test_what_is_not_a_plain_quantity(text, expected):
    assert kinds(text) == expected


def test_counts_after_capitalised_subjects_stay_counts():
    assert kinds("Huyện ủy Tây Sơn có 62 tổ chức") == [("62", COUNT)]
    assert kinds("Ban Thường vụ Huyện ủy có 13 đồng chí") == [("13", COUNT)]
    assert kinds("Tập thể Ban Thường vụ Huyện ủy (15 đồng chí)") == [("15", COUNT)]
    assert kinds("Có 15/17 trường") == [("15/17", FRACTION)]
    assert kinds("Tổng số 412 người") == [("412", COUNT)]


def test_rate_per_unit():
    rate = one("tăng bình quân 3,8%/năm")
    assert rate.per == "năm" and not rate.is_exact


def test_percentage_value_is_the_percentage():
    assert one("đạt 92,45%").value == Fraction(9245, 100)


def test_half_unit():
    assert one("đạt 92,5%").half_unit == Fraction(1, 20)
    assert one("đạt 92%").half_unit == Fraction(1, 2)


def test_parse_number_without_context():
    assert parse_number("3.889").value == Fraction(3889)
    assert parse_number("khoảng 90%").qualifier == APPROX
    assert parse_number("3/2").kind == CODE
    assert parse_number("4.0") is None


def test_no_digits_no_work():
    assert find_numbers("khóa XII, Đại hội XIII") == []


@pytest.mark.parametrize("value, decimals, text", [
    (Fraction(4900, 53), 2, "92,45"),
    (Fraction(1500050), 0, "1.500.050"),
    (Fraction(9225, 100), 1, "92,3"),  # half away from zero: round() would give 92.2 (half to even)
    (Fraction(5, 2), 0, "3"),
    (Fraction(1, 8), 2, "0,13"),
    (Fraction(-5, 2), 0, "-3"),
    (Fraction(264), 0, "264"),
])
def test_format_vi(value, decimals, text):
    assert format_vi(value, decimals) == text


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=4))
def test_format_then_parse_round_trips(units, decimals):
    value = Fraction(units, 10 ** decimals)
    written = format_vi(value, decimals)
    token = one(f"đạt {written} tỷ đồng")
    assert token.value == value
    assert token.decimals == decimals


def test_a_long_block_gives_every_number_in_place():
    sentence = "có 49/53 trường đạt 92,45%; theo Nghị quyết số 35-NQ/TW, ngày 22/10/2018. "
    tokens = find_numbers(sentence * 2000)
    assert [t.kind for t in tokens[:4]] == [FRACTION, PERCENT, SYMBOL, DATE]
    assert len(tokens) == 4 * 2000
    assert tokens[-4].start == 1999 * len(sentence) + 3


def test_the_examples_in_the_docstrings():
    import doctest

    import kiemtra_lint.rules.figures.numbers as module

    assert doctest.testmod(module).failed == 0
