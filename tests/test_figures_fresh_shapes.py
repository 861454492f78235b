"""Shapes of the fresh set (second round): false alarms removed by their general shape, and
misses caught.  Invented sentences, a right and a wrong version of each shape."""

import pytest


@pytest.fixture
def check(lint_text):
    def run(md: str):
        result = lint_text(md, select=("KT2",))
        assert result.error is None
        return [(f.rule, f.severity, f.place["excerpt"], f.message.vi, [r["excerpt"] for r in f.related_places])
                for f in result.findings]
    return run


# -- a bracket that is a term of a worked calculation is no list of parts (KT203) ------------------

@pytest.mark.parametrize("sentence", [
    "Thu nhập tính thuế: 40 triệu đồng + 2 triệu đồng – (11 triệu đồng + 3 triệu đồng) = 28 triệu đồng.",
    "Thuế phải nộp: 50 triệu đồng × 5% + (100 triệu đồng – 50 triệu đồng) × 10% = 7,5 triệu đồng.",
    "Số thuế được giảm là 12 triệu đồng – (4 triệu đồng + 2 triệu đồng).",
])
def test_formula_bracket_is_not_a_breakdown(check, sentence):
    assert check(sentence + "\n") == []


def test_bracket_of_parts_is_still_a_breakdown(check):
    assert check("Đơn vị có 62 tổ chức cơ sở đảng (19 đảng bộ cơ sở, 45 chi bộ cơ sở).\n") == [
        ("KT203", "error", "19 đảng bộ cơ sở, 45", "19 + 45 = 64, khác tổng số 62", ["62"])]


# -- values of one quantity in different years are no parts (KT203) ------------------------------

def test_values_dated_by_years_are_not_parts(check):
    assert check("Ngành dệt may tăng 30%, tương đương 5 tỷ USD (năm 2021 đạt 21,5 tỷ USD, trong khi năm 2017 "
                 "mới là 16,5 tỷ USD).\n") == []


def test_undated_parts_in_a_bracket_are_judged(check):
    assert check("Tổng kim ngạch đạt 40 tỷ USD (xuất khẩu 21,5 tỷ USD, nhập khẩu 16,5 tỷ USD).\n") == [
        ("KT203", "error", "21,5 tỷ USD, nhập khẩu 16,5", "21,5 + 16,5 = 38,0, khác tổng số 40", ["40"])]


# -- a fraction told in passing inside a bracket owns no percentage outside it (KT201) ------------

def test_fraction_aside_in_bracket_and_a_percentage_after_it(check):
    assert check("Có 2.400 hợp tác xã trả lời (chiếm 15% tổng số, trong đó có 40/52 liên hiệp hợp tác xã), "
                 "có tới 72,4% số hợp tác xã bị ảnh hưởng.\n") == []


def test_fraction_and_percentage_in_the_same_bracket(check):
    assert check("Có 2.400 hợp tác xã trả lời (trong đó có 40/52 liên hiệp hợp tác xã, chiếm 72,4%).\n") == [
        ("KT201", "error", "72,4%", "40/52 = 76,92%, không phải 72,4%", ["40/52"])]


# -- an amount of change is neither the part nor the base of a share (KT202) ---------------------

@pytest.mark.parametrize("sentence", [
    "Xuất khẩu đạt 150,2 tỷ USD, tăng 5% tương ứng tăng 8,4 tỷ USD. Trong đó, khu vực FDI đạt 110,5 tỷ USD, "
    "tăng 7%, tương ứng tăng 6,2 tỷ USD, chiếm 73,6% tổng kim ngạch xuất khẩu.",
    "Xuất khẩu đạt 150,2 tỷ USD, tăng 8,4 tỷ USD; trong đó khu vực FDI đạt 110,5 tỷ USD, chiếm 73,6%.",
])
def test_change_amounts_are_not_shared(check, sentence):
    assert check(sentence + "\n") == []


@pytest.mark.parametrize("sentence", [
    "Xuất khẩu đạt 150,2 tỷ USD, tăng 5% tương ứng tăng 8,4 tỷ USD. Trong đó, khu vực FDI đạt 110,5 tỷ USD, "
    "chiếm 75,6% tổng kim ngạch xuất khẩu.",
    "Xuất khẩu đạt 150,2 tỷ USD, tăng 5% tương ứng tăng 8,4 tỷ USD; trong đó khu vực FDI đạt 110,5 tỷ USD, "
    "chiếm 75,6%.",
])
def test_the_total_before_a_change_amount_is_the_base(check, sentence):
    assert check(sentence + "\n") == [
        ("KT202", "error", "75,6%", "110,5/150,2 = 73,57%, không phải 75,6%", ["110,5"])]
