"""What a number is, on shapes real reports use: level names before counts, labels and their lists,
note markers, percentages typed with a decimal point (invented phrases)."""

from fractions import Fraction

import pytest

from kiemtra_lint.rules.figures.numbers import find_numbers


def kinds(text):
    return [(t.text, t.kind, t.value) for t in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    # a level name that ends in a label head counts people at that level
    ("trung cấp 25 đồng chí", [("25", "count", Fraction(25))]),
    ("cao cấp 61 đồng chí", [("61", "count", Fraction(61))]),
    ("sơ cấp 51 đồng chí", [("51", "count", Fraction(51))]),
    ("đại học 380 đồng chí", [("380", "count", Fraction(380))]),
    ("cấp 2", [("2", "label", None)]),
    # a number that names a level, rank, class, year of study or place is a label
    ("mức độ 2, đạt tỷ lệ 8,7%", [("2", "label", None), ("8,7%", "percent", Fraction(87, 10))]),
    ("năm thứ 3", [("3", "label", None)]),
    ("giai đoạn 2", [("2", "label", None)]),
    ("Tổ 7", [("7", "label", None)]),
    ("khu phố 4", [("4", "label", None)]),
    ("hạng 3", [("3", "label", None)]),
    # ... and so are the bare numbers listed after it
    ("loại 1 và 2 chiếm 5%", [("1", "label", None), ("2", "label", None), ("5%", "percent", Fraction(5))]),
    ("số thứ tự 05, 08, 09)", [("05", "label", None), ("08", "label", None), ("09", "label", None)]),
    ("khoản 1, 2 và 3 Điều 4", [("1", "label", None), ("2", "label", None), ("3", "label", None),
                                ("4", "label", None)]),
    # but not a count with its own noun after a label
    ("Điều 5, 12 đồng chí", [("5", "label", None), ("12", "count", Fraction(12))]),
    ("lần thứ 5, 12 người", [("5", "label", None), ("12", "count", Fraction(12))]),
    ("tổng số 12 người", [("12", "count", Fraction(12))]),
    # a footnote marker
    ("[2] trong đó: 12 nhiệm vụ", [("2", "label", None), ("12", "count", Fraction(12))]),
    ("25 nhiệm vụ[3]", [("25", "count", Fraction(25)), ("3", "label", None)]),
])
def test_roles(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, value, decimals", [
    ("đạt 10.5%", Fraction(21, 2), 1),
    ("đạt 75.0 %", Fraction(75), 1),
    ("đạt 87.35%", Fraction(1747, 20), 2),
    ("đạt 3.10%", Fraction(31, 10), 2),
])
def test_percent_with_a_decimal_point(text, value, decimals):
    (token,) = find_numbers(text)
    assert (token.kind, token.value, token.decimals) == ("percent", value, decimals)


def test_a_dot_before_three_digits_still_groups_thousands():
    assert kinds("tăng 1.500%") == [("1.500%", "percent", Fraction(1500))]
    assert kinds("có 1.234 người") == [("1.234", "count", Fraction(1234))]


@pytest.mark.parametrize("text, expected", [
    ("doanh nghiệp. 5. Cột (10): Định dạng", [("5", "label", None), ("10", "label", None)]),
    ("1. Nội dung", [("1", "label", None)]),
    ("Tổng số đơn là 12. Các đơn", [("12", "count", Fraction(12))]),
    ("Cột (5) và 12 (người)", [("5", "label", None), ("12", "count", Fraction(12))]),
])
def test_list_items_and_column_numbers(text, expected):
    assert kinds(text) == expected
