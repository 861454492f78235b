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


# -- parts and their total, rounded with "hơn"/"gần" or estimated with "ước" (KT203) ---------------

@pytest.mark.parametrize("sentence", [
    # "hơn 1.512" + "hơn 1.750": between 3.262 and 3.273, so "hơn 3.262" fits
    "Tổng kim ngạch xuất nhập khẩu đạt hơn 3.262 triệu USD, trong đó kim ngạch xuất khẩu đạt hơn 1.512 triệu "
    "USD, tăng 6,2%, kim ngạch nhập khẩu đạt hơn 1.750 triệu USD, giảm 4,1%.",
    # "gần 2,7" + "gần 3,17": above 5,76 and at most 5,87, so "gần 5,8" fits
    "Tổng số hồ sơ tiếp nhận là gần 5,8 triệu hồ sơ, gồm quý I gần 2,7 triệu hồ sơ, quý II gần 3,17 triệu hồ sơ.",
    # "khoảng", "trên": too loose to add up
    "Tổng kim ngạch đạt khoảng 3.362 triệu USD, gồm xuất khẩu khoảng 1.512 triệu USD, nhập khẩu khoảng 1.750 "
    "triệu USD.",
    "Tổng kim ngạch đạt trên 3.362 triệu USD, gồm xuất khẩu trên 1.512 triệu USD, nhập khẩu trên 1.750 triệu USD.",
    "Tổng kim ngạch đạt 3.362 triệu USD, gồm xuất khẩu khoảng 1.512 triệu USD, nhập khẩu 1.750 triệu USD.",
    "Kim ngạch 6 tháng ước đạt 250,15 tỷ USD, tăng 11% so với cùng kỳ (trong đó xuất khẩu ước đạt 125,42 tỷ USD, "
    "tăng 14% và nhập khẩu ước đạt 124,73 tỷ USD, tăng 8,1%).",
    "Kim ngạch 9 tháng đạt 388,62 tỷ USD, vượt 6,6 tỷ USD so với cùng kỳ năm trước. Trong đó, xuất khẩu là "
    "202,57 tỷ USD, tăng 4,1% và nhập khẩu là 186,05 tỷ USD, giảm 0,7%.",
    # "có 101.233 lao động" is another count of the sentence, not a part of the 209 doanh nghiệp
    "Đã có 209 doanh nghiệp bị ảnh hưởng, trong đó 61 doanh nghiệp phải tạm ngưng sản xuất, có 101.233 lao động "
    "bị ảnh hưởng.",
])
def test_rounded_or_estimated_parts_that_fit(check, sentence):
    assert check(sentence + "\n") == []


def test_rounded_parts_short_of_a_rounded_total(check):
    assert check("Tổng kim ngạch xuất nhập khẩu đạt hơn 3.362 triệu USD, trong đó kim ngạch xuất khẩu đạt hơn "
                 "1.512 triệu USD, tăng 6,2%, kim ngạch nhập khẩu đạt hơn 1.750 triệu USD, giảm 4,1%.\n") == [
        ("KT203", "warning", "1.512 triệu USD, tăng 6,2%, kim ngạch nhập khẩu đạt hơn 1.750",
         "1.512 + 1.750 = 3.262 (tối đa 3.273 với “hơn”, “gần” là làm tròn ở chữ số cuối), khác tổng số hơn 3.362",
         ["3.362"])]


def test_nearly_parts_short_of_a_nearly_total(check):
    assert check("Tổng số hồ sơ tiếp nhận là gần 6,2 triệu hồ sơ, gồm quý I gần 2,7 triệu hồ sơ, quý II gần 3,17 "
                 "triệu hồ sơ.\n") == [
        ("KT203", "error", "2,7 triệu hồ sơ, quý II gần 3,17", "2,7 + 3,17 = 5,87, khác tổng số gần 6,2", ["6,2"])]


def test_estimated_parts_above_an_estimated_total_in_a_bracket(check):
    assert check("Kim ngạch 6 tháng ước đạt 248,15 tỷ USD, tăng 11% so với cùng kỳ (trong đó xuất khẩu ước đạt "
                 "125,42 tỷ USD, tăng 14% và nhập khẩu ước đạt 124,73 tỷ USD, tăng 8,1%).\n") == [
        ("KT203", "error", "125,42 tỷ USD, tăng 14% và nhập khẩu ước đạt 124,73",
         "125,42 + 124,73 = 250,15, khác tổng số 248,15", ["248,15"])]


def test_parts_against_the_total_before_an_amount_of_change(check):
    assert check("Kim ngạch 9 tháng đạt 388,62 tỷ USD, vượt 6,6 tỷ USD so với cùng kỳ năm trước. Trong đó, xuất "
                 "khẩu là 202,57 tỷ USD, tăng 4,1% và nhập khẩu là 188,05 tỷ USD, giảm 0,7%.\n") == [
        ("KT203", "error", "202,57 tỷ USD, tăng 4,1% và nhập khẩu là 188,05",
         "202,57 + 188,05 = 390,62, khác tổng số 388,62 ở câu trước", ["388,62"])]


# -- the value of a target named again a little after its percentage (KT202) ----------------------

def test_target_named_again_after_the_bracket(check):
    assert check("Thành phố ước thu ngân sách đạt 352.000 tỷ đồng (86,7% dự toán) so với dự toán cả năm Trung "
                 "ương giao là 405.000 tỷ đồng.\n") == [
        ("KT202", "error", "86,7%", "352.000/405.000 = 86,91%, không phải 86,7%", ["352.000"])]


@pytest.mark.parametrize("sentence", [
    "Thành phố ước thu ngân sách đạt 352.000 tỷ đồng (86,9% dự toán) so với dự toán cả năm Trung ương giao là "
    "405.000 tỷ đồng.",
    # the value further on is the year before, not the target
    "Thu ngân sách đạt 352.000 tỷ đồng, bằng 86,7% dự toán, tăng 12% so với năm trước là 314.000 tỷ đồng.",
])
def test_target_value_right_or_not_the_target(check, sentence):
    assert check(sentence + "\n") == []


# -- a sentence that names its whole first: "Trong tổng số N thì a ...; b ..." (KT203) -------------

def test_whole_named_first_and_parts_split_by_semicolons(check):
    assert check("Trong tổng số thu 145.943 tỷ đồng thì thu từ xăng dầu là 19.500 tỷ đồng, tăng so với cùng kỳ "
                 "6.350 tỷ đồng; các hàng hóa khác thu đạt 126.434 tỷ đồng, giảm 2,69%.\n") == [
        ("KT203", "error", "19.500 tỷ đồng, tăng so với cùng kỳ 6.350 tỷ đồng; các hàng hóa khác thu đạt 126.434",
         "19.500 + 126.434 = 145.934, khác tổng số 145.943", ["145.943"])]


def test_whole_named_first_with_parts_above_it(check):
    assert check("Trong tổng số 120 đơn thì 45 đơn khiếu nại, 70 đơn kiến nghị, 10 đơn tố cáo.\n") == [
        ("KT203", "error", "45 đơn khiếu nại, 70 đơn kiến nghị, 10", "45 + 70 + 10 = 125, khác tổng số 120", ["120"])]


@pytest.mark.parametrize("sentence", [
    "Trong tổng số thu 145.934 tỷ đồng thì thu từ xăng dầu là 19.500 tỷ đồng, tăng so với cùng kỳ 6.350 tỷ đồng; "
    "các hàng hóa khác thu đạt 126.434 tỷ đồng, giảm 2,69%.",
    "Trong tổng số 125 đơn thì 45 đơn khiếu nại, 70 đơn kiến nghị, 10 đơn tố cáo.",
    "Trong tổng số 120 đơn, có 45 đơn khiếu nại, 70 đơn kiến nghị.",  # "có": only some of them
    "Có 3 đơn vị trong tổng số 120 đơn vị chưa nộp báo cáo, 45 đơn vị nộp muộn.",  # the whole named after a part
])
def test_whole_named_first_right_or_open(check, sentence):
    assert check(sentence + "\n") == []


# -- line codes of a form, or account numbers, are no parts of a total (KT203) --------------------

@pytest.mark.parametrize("sentence", [
    "Chỉ tiêu 130 gồm 131, 132, 136 và 137.",
    "Số liệu của chỉ tiêu 150 là tổng các chỉ tiêu 151, 152, 153 và 154.",
    "Tổng cộng 240 gồm 241, 242 (chi tiết theo từng công trình).",
])
def test_codes_above_their_line_are_not_parts(check, sentence):
    assert check(sentence + "\n") == []


def test_counts_that_name_their_noun_above_the_total_are_judged(check):
    assert check("Đã tiếp nhận 130 đơn, gồm 131 đơn khiếu nại và 132 đơn kiến nghị.\n") == [
        ("KT203", "error", "131 đơn khiếu nại và 132", "131 + 132 = 263, khác tổng số 130", ["130"])]


def test_bare_parts_below_the_total_are_judged(check):
    assert check("Tổng số hồ sơ là 350, gồm 200 và 120.\n") == [
        ("KT203", "error", "200 và 120", "200 + 120 = 320, khác tổng số 350", ["350"])]
