"""KT205 on tables whose columns are years and whose rows are indicators (issue 15): a percentage
row is checked as a percentage column is, on the table read sideways, and it is never added into
a total row.  Invented tables."""

import pytest

POOR = """| Chỉ tiêu | Đơn vị tính | Năm 2021 | Năm 2022 | Năm 2023 | Năm 2024 |
|---|---|---|---|---|---|
| Tổng số hộ | hộ | 12.450 | 12.610 | 12.804 | 12.990 |
| Số hộ nghèo | hộ | 1.120 | 968 | 801 | 655 |
| Tỷ lệ hộ nghèo | % | {rate} | 7,68 | 6,26 | 5,04 |
"""

MEMBERS = """| Chỉ tiêu | 2021 | 2022 | 2023 |
|---|---|---|---|
| Số đảng viên | 1.250 | 1.312 | 1.365 |
| Kết nạp mới | 48 | 62 | 57 |
| Tỷ lệ kết nạp so với tổng số | 3,84% | {rate} | 4,18% |
| Tốc độ tăng số đảng viên (%) | 4,1 | 5,0 | 4,0 |
"""


def findings(lint_text, text):
    result = lint_text(text, select=("KT2",))
    assert result.error is None
    return [(f.rule, f.severity, f.place["excerpt"], f.message.vi, [r["excerpt"] for r in f.related_places])
            for f in result.findings]


@pytest.mark.parametrize("rate", ["9,00", "9,0", "9"])
def test_a_right_percentage_row_and_no_total_over_it(lint_text, rate):
    # "Tổng số hộ" on top is no sum of "Số hộ nghèo" and the rate below it
    assert findings(lint_text, POOR.format(rate=rate)) == []


def test_a_wrong_percentage_row(lint_text):
    assert findings(lint_text, POOR.format(rate="9,50")) == [
        ("KT205", "error", "9,50", "1.120/12.450 = 9,00%, không phải 9,50% "
                                   "(dòng “Tỷ lệ hộ nghèo” = “Số hộ nghèo” / “Tổng số hộ”)", ["1.120", "12.450"])]


def test_a_truncated_percentage_row_is_a_note(lint_text):
    assert findings(lint_text, POOR.format(rate="8,99")) == [
        ("KT205", "info", "8,99", "1.120/12.450 = 8,996%, làm tròn là 9,00%; “8,99%” là số bị cắt bớt chữ số "
                                  "(dòng “Tỷ lệ hộ nghèo” = “Số hộ nghèo” / “Tổng số hộ”)", ["1.120", "12.450"])]


def test_percentages_with_their_sign_under_year_headers(lint_text):
    assert findings(lint_text, MEMBERS.format(rate="4,73%")) == []
    assert findings(lint_text, MEMBERS.format(rate="4,37%")) == [
        ("KT205", "error", "4,37%", "62/1.312 = 4,73%, không phải 4,37% "
                                    "(dòng “Tỷ lệ kết nạp so với tổng số” = “Kết nạp mới” / “Số đảng viên”)",
         ["62", "1.312"])]


def test_a_growth_row_fits_no_ratio_and_is_not_judged(lint_text):
    grow = MEMBERS.format(rate="4,73%").replace("| 4,1 | 5,0 | 4,0 |", "| 4,1 | 9,0 | 1,0 |")
    assert findings(lint_text, grow) == []


SPREADSHEET = """| Chỉ tiêu | ĐV tính | 2021 | 2022 | 2023 |
|---|---|---|---|---|
| Tổng số hộ | hộ | 20415.00 | 20830.00 | 21102.00 |
| Số hộ cận nghèo | hộ | 1834.00 | 1590.00 | 1377.00 |
| Tỷ lệ hộ cận nghèo | % | 8.98 | {rate} | 6.53 |
"""


def test_figures_pasted_with_a_decimal_point(lint_text):
    """"20415.00", "8.98": one or two digits after a point make it a decimal point, not a thousands dot."""
    assert findings(lint_text, SPREADSHEET.format(rate="7.63")) == []
    assert findings(lint_text, SPREADSHEET.format(rate="7.36")) == [
        ("KT205", "error", "7.36", "1590.00/20830.00 = 7,63%, không phải 7.36% "
                                   "(dòng “Tỷ lệ hộ cận nghèo” = “Số hộ cận nghèo” / “Tổng số hộ”)",
         ["1590.00", "20830.00"])]
