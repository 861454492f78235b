import pytest

from kiemtra_lint.labels import format_number, parse_label, roman_value


@pytest.mark.parametrize("text, kind, numbers, label", [
    ("Phần thứ nhất", "part", (1,), "Phần thứ nhất"),
    ("PHẦN THỨ HAI: NHIỆM VỤ", "part", (2,), "PHẦN THỨ HAI:"),
    ("Phần thứ tư", "part", (4,), "Phần thứ tư"),
    ("PHẦN III. KIẾN NGHỊ", "part", (3,), "PHẦN III."),
    ("Chương II", "chapter", (2,), "Chương II"),
    ("A. KẾT QUẢ", "upper", (1,), "A."),
    ("Đ. Nội dung", "upper", (5,), "Đ."),
    ("I. Ưu điểm", "roman", (1,), "I."),
    ("II - Hạn chế", "roman", (2,), "II -"),
    ("IV/ Phương hướng", "roman", (4,), "IV/"),
    ("1. Công tác", "arabic", (1,), "1."),
    ("2) Về xã hội", "arabic", (2,), "2)"),
    ("1.1. Về kinh tế", "dotted2", (1, 1), "1.1."),
    ("1.1 Về kinh tế", "dotted2", (1, 1), "1.1"),
    ("2.3.4. Chi tiết", "dotted3", (2, 3, 4), "2.3.4."),
    ("a) Về chính trị", "lower", (1,), "a)"),
    ("đ) Về dân vận", "lower", (5,), "đ)"),
    ("I.KẾT QUẢ", "roman", (1,), "I."),
])
def test_labels(text, kind, numbers, label):
    parsed = parse_label(text)
    assert parsed is not None
    assert (parsed.kind, parsed.numbers, parsed.text) == (kind, numbers, label)
    assert text[parsed.end:].strip() == text[len(label):].strip()


@pytest.mark.parametrize("text", [
    "3.889 đảng viên được kết nạp", "15/3/2021 là ngày", "12.500 người", "Ông A. đã", "Hà Nội", "2023-2024",
    "- Gạch đầu dòng", "+ Dấu cộng", "• Chấm", "Một là, tăng cường", "Năm 2020, huyện", "30/2020/NĐ-CP",
    "07-NQ/TU", "ĐT725 được nâng cấp",
])
def test_not_labels(text):
    assert parse_label(text) is None


def test_ambiguous_single_letters_keep_both_readings():
    label = parse_label("I. Ưu điểm")
    assert label.alt_kind == "upper" and label.alt_number == 10  # I is the 10th letter (after Đ)


def test_roman_and_format():
    assert roman_value("XIV") == 14 and roman_value("IIII") is None
    assert format_number("roman", 14) == "XIV"
    assert format_number("lower", 5) == "đ"
