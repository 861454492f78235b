"""KT201-KT206 figures: exact findings (rule, severity, excerpt, message, related) on focused drafts."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiemtra_lint.document import Block, Document
from kiemtra_lint.engine import Context, run_rules
from kiemtra_lint.registry import select_rules
from kiemtra_lint.rules.figures.numbers import format_vi, parse_number
from kiemtra_lint.rules.figures.arith import Verdict, judge, judge_ratio


@pytest.fixture
def check(lint_text):
    """``check(md, select=("KT2",))``: (rule, severity, excerpt, message, related excerpts) of every finding."""
    def run(md: str, select=("KT2",)):
        result = lint_text(md, select=select)
        assert result.error is None
        return [(f.rule, f.severity, f.place["excerpt"], f.message.vi, [r["excerpt"] for r in f.related_places])
                for f in result.findings]
    return run


# -- KT201 -----------------------------------------------------------------------------------

def test_kt201_wrong_percentage(check):
    assert check("Có 49/53 trường đạt chuẩn quốc gia, đạt tỷ lệ 90,5%.\n") == [
        ("KT201", "error", "90,5%", "49/53 = 92,45%, không phải 90,5%", ["49/53"])]


@pytest.mark.parametrize("claim", ["92,5%", "92,45%", "92%", "92,5 %", "trên 90%", "khoảng 90%", "gần 95%",
                                   "dưới 95%"])
def test_kt201_right_or_not_judged(check, claim):
    assert check(f"Có 49/53 trường đạt chuẩn quốc gia, đạt tỷ lệ {claim}.\n") == []


def test_kt201_one_sided_claim_on_the_wrong_side(check):
    assert check("Có 49/53 trường đạt chuẩn quốc gia, đạt trên 95%.\n") == [
        ("KT201", "error", "95%", "49/53 = 92,45%, không phải trên 95%", ["49/53"])]


def test_kt201_truncation_is_an_info_note(check):
    assert check("Có 37/39 thiết chế văn hóa thôn được đầu tư đạt chuẩn, tỷ lệ 94,8%.\n") == [
        ("KT201", "info", "94,8%", "37/39 = 94,87%, làm tròn là 94,9%; “94,8%” là số bị cắt bớt chữ số", ["37/39"])]


def test_kt201_percentage_in_brackets_and_before_the_fraction(check):
    md = ("Có 12/14 xã đạt chuẩn nông thôn mới (87,71%).\n\n"
          "Tỷ lệ xã đạt chuẩn là 87,71% (12/14 xã).\n\n"
          "Có 14/15 xã có trạm y tế đạt chuẩn (93,33%).\n")
    assert check(md) == [
        ("KT201", "error", "87,71%", "12/14 = 85,71%, không phải 87,71%", ["12/14"]),
        ("KT201", "error", "87,71%", "12/14 = 85,71%, không phải 87,71%", ["12/14"]),
    ]


@pytest.mark.parametrize("sentence", [
    "Có 49/53 trường đạt chuẩn, tỷ lệ hộ nghèo giảm còn 2,06%.",  # a different, named rate
    "Có 49/53 trường đạt chuẩn, tăng 12,5% so với năm 2020.",  # a growth rate
    "Có 49/53 trường đạt chuẩn; tỷ lệ huy động trẻ đến trường đạt 90,5%.",  # another clause
    "Có 49/53 trường đạt chuẩn, 12 trường đạt 90,5% số tiêu chí.",  # another count comes first
    "Có 49/53 trường đạt chuẩn, đạt 90,5% kế hoạch.",  # measured against a plan
    "Đồ án quy hoạch tỷ lệ 1/2000 được phê duyệt, đạt 90,5%.",  # a map scale
    "Ngày 15/3/2021, tỷ lệ tiêm chủng đạt 90,5%.",  # a date
    "Tiếp 12 cuộc/15 lượt công dân, đạt 90,5%.",  # units on both sides
    "Lễ mít tinh tại Quảng trường 2/9, thu hút 90,5% đoàn viên.",  # a name
    "Chỉ số CCHC xếp thứ 3/12 huyện, đạt 86,47%.",  # a rank
    "Theo Nghị định số 30/2020/NĐ-CP, đạt 90,5%.",  # a document symbol
])
def test_kt201_non_fractions_and_other_percentages(check, sentence):
    assert check(sentence + "\n") == []


def test_kt201_english_message(lint_text):
    (f,) = lint_text("Có 3.889/4.102 đảng viên hoàn thành tốt nhiệm vụ trở lên, đạt 92,5%.\n", select=("KT2",),
                     lang="en").findings
    assert f.message.en == "3,889/4,102 = 94.81%, not 92.5%"
    assert f.message.vi == "3.889/4.102 = 94,81%, không phải 92,5%"


# -- KT202 -----------------------------------------------------------------------------------

def test_kt202_share_of_a_stated_total(check):
    md = ("Tổng số cán bộ, công chức cấp xã là 412 người; trong đó 371 người có trình độ chuyên môn đại học trở "
          "lên (tỷ lệ 91,05%), 298 người có trình độ lý luận chính trị trung cấp trở lên.\n")
    assert check(md) == [("KT202", "error", "91,05%", "371/412 = 90,05%, không phải 91,05%", ["371"])]


def test_kt202_right_shares_of_a_breakdown(check):
    md = ("Năm 2022, có 62 tổ chức cơ sở đảng được đánh giá, xếp loại; trong đó 12 tổ chức hoàn thành xuất sắc "
          "nhiệm vụ (19,35%), 45 hoàn thành tốt nhiệm vụ (72,58%), 04 hoàn thành nhiệm vụ (6,45%), 01 không hoàn "
          "thành nhiệm vụ (1,61%).\n")
    assert check(md) == []


def test_kt202_any_sensible_base_in_reach(check):
    md = ("Năm 2022, toàn Đảng bộ có 90 chi bộ, trong đó 82 chi bộ hoàn thành tốt nhiệm vụ trở lên; 21 chi bộ "
          "hoàn thành xuất sắc nhiệm vụ (tỷ lệ 25,6%).\n")
    assert check(md) == []  # 21/82 = 25,61%


def test_kt202_all_shares_fit_another_total(check):
    md = ("Đã tiếp nhận 254 đơn thư, trong đó 45 đơn khiếu nại (17,05%), 212 đơn kiến nghị (80,30%), 07 đơn tố "
          "cáo (2,65%).\n")
    assert check(md) == [
        ("KT202", "error", "254", "Các tỷ lệ 17,05%, 80,30%, 2,65% được tính trên 264 (tổng các phần), không phải 254 đã nêu",
         ["17,05%", "80,30%", "2,65%"]),
        ("KT203", "error", "45 đơn khiếu nại (17,05%), 212 đơn kiến nghị (80,30%), 07",
         "45 + 212 + 07 = 264, khác tổng số 254", ["254"]),
    ]


def test_kt202_shares_of_the_listed_parts(check):
    md = ("Trong tổng số hồ sơ tiếp nhận, có 12.172 hồ sơ được tiếp nhận trực tuyến (chiếm 47,3%), 10.604 hồ sơ "
          "nộp trực tiếp (41,2%) và 2.958 hồ sơ nộp qua dịch vụ bưu chính công ích (10,5%).\n")
    assert check(md) == [
        ("KT204", "error", "47,3%), 10.604 hồ sơ nộp trực tiếp (41,2%) và 2.958 hồ sơ nộp qua dịch vụ bưu chính "
                           "công ích (10,5%", "47,3% + 41,2% + 10,5% = 99,0%, không phải 100%", []),
        ("KT202", "error", "10,5%", "2.958/25.734 = 11,49%, không phải 10,5%", ["2.958"]),
    ]


def test_kt202_against_a_stated_target(check):
    good = "Thu ngân sách năm 2022 đạt 312,6 tỷ đồng, bằng 118,4% dự toán tỉnh giao (264 tỷ đồng).\n"
    bad = "Thu ngân sách năm 2022 đạt 312,6 tỷ đồng, bằng 128,4% dự toán tỉnh giao (264 tỷ đồng).\n"
    assert check(good) == []
    assert check(bad) == [("KT202", "error", "128,4%", "312,6/264 = 118,41%, không phải 128,4%",
                                     ["312,6"])]


@pytest.mark.parametrize("sentence", [
    "Kết nạp 496 đảng viên mới, đạt 103,33% chỉ tiêu.",  # a target that is not stated
    "Trung tâm mở 41 lớp với 3.214 lượt học viên, tăng 12,6% so với nửa đầu nhiệm kỳ trước.",  # growth
    "Toàn huyện có 1.203 đảng viên nữ (28,4%).",  # no base in reach
    "Giá trị sản xuất tăng bình quân 3,8%/năm.",  # a rate
    "Tỷ lệ cán bộ, đảng viên tham gia học tập đạt 95,14%, trong đó cấp ủy viên các cấp đạt 100%.",
    "Có 412 đảng viên, tỷ lệ hộ nghèo giảm từ 4,12% năm 2020 xuống còn 2,06% năm 2022.",
    "Đảng bộ có 412 đảng viên, số đảng viên là đoàn viên thanh niên chiếm trên 70%.",
])
def test_kt202_percentages_that_are_not_shares_of_a_base_in_reach(check, sentence):
    assert check(sentence + "\n") == []


def test_kt202_truncated_share_is_an_info_note(check):
    md = "Tổng số 39 thiết chế văn hóa; trong đó 37 thiết chế đạt chuẩn (94,8%), 02 thiết chế chưa đạt chuẩn (5,13%).\n"
    assert check(md) == [
        ("KT202", "info", "94,8%", "37/39 = 94,87%, làm tròn là 94,9%; “94,8%” là số bị cắt bớt chữ số", ["37"])]


# -- KT203 -----------------------------------------------------------------------------------

def test_kt203_parts_above_the_total(check):
    md = ("Các cơ quan đã tiếp nhận 254 đơn thư, trong đó 45 đơn khiếu nại, 212 đơn kiến nghị, phản ánh, 07 đơn "
          "tố cáo; đến nay đã giải quyết dứt điểm 241 đơn, số còn lại đang được xem xét.\n")
    assert check(md) == [("KT203", "error", "45 đơn khiếu nại, 212 đơn kiến nghị, phản ánh, 07",
                                     "45 + 212 + 07 = 264, khác tổng số 254", ["254"])]


def test_kt203_parts_below_the_total(check):
    md = ("Đã thi hành kỷ luật 09 đảng viên, trong đó 02 cảnh cáo, 06 khiển trách.\n\n"
          "Ban Chỉ đạo gồm 15 thành viên, gồm: 05 đồng chí Ủy viên Ban Thường vụ, 09 đồng chí trưởng các ban.\n\n"
          "Đảng bộ có 62 tổ chức cơ sở đảng (19 đảng bộ cơ sở, 42 chi bộ cơ sở).\n")
    assert check(md) == [
        ("KT203", "warning", "02 cảnh cáo, 06", "02 + 06 = 8, khác tổng số 09", ["09"]),
        ("KT203", "error", "05 đồng chí Ủy viên Ban Thường vụ, 09", "05 + 09 = 14, khác tổng số 15", ["15"]),
        ("KT203", "error", "19 đảng bộ cơ sở, 42", "19 + 42 = 61, khác tổng số 62", ["62"]),
    ]


@pytest.mark.parametrize("sentence", [
    "Đã thi hành kỷ luật 09 đảng viên, trong đó 02 cảnh cáo, 07 khiển trách.",
    "Đảng bộ có 62 tổ chức cơ sở đảng (19 đảng bộ cơ sở, 43 chi bộ cơ sở), 274 chi bộ trực thuộc.",
    "Ban Chỉ đạo gồm 15 thành viên, trong đó 05 đồng chí Ủy viên Ban Thường vụ, 10 đồng chí là trưởng các ban.",
    "Năm 2021: 04 đảng viên (01 cảnh cáo, 03 khiển trách).",
    "Kết nạp 496 đảng viên, trong đó có 213 đảng viên nữ, 120 đảng viên là người dân tộc thiểu số.",  # open
    "Tiếp nhận 254 đơn, trong đó 45 đơn khiếu nại, 180 đơn kiến nghị, số còn lại chưa phân loại.",  # remainder
    "Kết nạp 496 đảng viên, trong đó 213 nữ, 305 đoàn viên thanh niên.",  # attributes that overlap
    "Toàn huyện có 412 cán bộ; trong đó 371 người có trình độ đại học trở lên, 298 người có trình độ trung cấp "
    "lý luận chính trị trở lên.",
    "Tổng số đảng viên được đánh giá là 4.102 đồng chí (miễn đánh giá 134 đồng chí).",
    "Các cấp đã khen thưởng 127 tập thể, 348 cá nhân (trong đó 12 tập thể, 20 cá nhân được Tỉnh ủy khen).",
    "Năm 2021 và năm 2022 mỗi năm tổ chức 02 lớp/124 lượt học viên; năm 2023 tổ chức 01 lớp/68 lượt học viên.",
    "Trong 6 tháng đầu năm 2023: 02 khiển trách, 01 cảnh cáo.",
    "Đã tổ chức 18 hội nghị, trong đó 05 hội nghị chuyên đề, 13 hội nghị thường kỳ, thu hút 2.500 lượt người.",
])
def test_kt203_breakdowns_that_hold_or_are_not_judged(check, sentence):
    assert check(sentence + "\n") == []


def test_kt203_breakdown_opened_by_its_own_sentence(check):
    md = "Tổng số đảng viên được đánh giá là 4.102 đồng chí. Trong đó, 598 hoàn thành xuất sắc, 3.391 hoàn thành tốt, 187 hoàn thành, 26 không hoàn thành nhiệm vụ.\n"
    assert check(md) == [("KT203", "error", "598 hoàn thành xuất sắc, 3.391 hoàn thành tốt, 187 hoàn "
                                                      "thành, 26", "598 + 3.391 + 187 + 26 = 4.202, khác tổng số 4.102 ở câu trước",
                                     ["4.102"])]


def test_kt203_amounts_with_decimals_allow_their_rounding(check):
    ok = "Tổng vốn đầu tư 21,7 tỷ đồng, gồm: ngân sách 12,35 tỷ đồng, nhân dân đóng góp 9,36 tỷ đồng.\n"
    bad = "Tổng vốn đầu tư 21,7 tỷ đồng, gồm: ngân sách 12,35 tỷ đồng, nhân dân đóng góp 8,36 tỷ đồng.\n"
    assert check(ok) == []
    assert check(bad) == [("KT203", "error", "12,35 tỷ đồng, nhân dân đóng góp 8,36",
                                     "12,35 + 8,36 = 20,71, khác tổng số 21,7", ["21,7"])]


# -- KT204 -----------------------------------------------------------------------------------

def test_kt204_structure_does_not_add_up(check):
    md = ("Cơ cấu kinh tế năm 2022: nông, lâm, thủy sản chiếm 38,2%; công nghiệp - xây dựng 27,5%; thương mại - "
          "dịch vụ 36,1%.\n")
    assert check(md) == [
        ("KT204", "error", "38,2%; công nghiệp - xây dựng 27,5%; thương mại - dịch vụ 36,1%",
         "38,2% + 27,5% + 36,1% = 101,8%, không phải 100%", [])]


@pytest.mark.parametrize("sentence", [
    "Cơ cấu kinh tế năm 2022: nông, lâm, thủy sản chiếm 38,2%; công nghiệp - xây dựng 27,5%; thương mại - dịch vụ "
    "34,3%.",
    "Năm 2022, có 62 tổ chức được đánh giá; trong đó 12 tổ chức hoàn thành xuất sắc (19,35%), 45 hoàn thành tốt "
    "(72,58%), 04 hoàn thành (6,45%), 01 không hoàn thành nhiệm vụ (1,61%).",  # 99,99%: rounding
    "Cơ cấu lao động chuyển dịch tích cực, lao động nông nghiệp giảm còn 45,2%, tăng 3,1% so với năm 2020.",
])
def test_kt204_shares_that_add_up_within_rounding(check, sentence):
    assert check(sentence + "\n") == []


# -- KT205 -----------------------------------------------------------------------------------

TABLE = """| TT | Đơn vị | Chỉ tiêu (đảng viên) | Kết nạp (đảng viên) | Tỷ lệ so với chỉ tiêu (%) | Trong đó: nữ |
|---|---|---|---|---|---|
| 1 | Đảng bộ xã, thị trấn | 300 | 318 | 106,00 | 121 |
| 2 | Đảng bộ, chi bộ cơ quan | 55 | 49 | 89,09 | 22 |
| 3 | Đảng bộ, chi bộ trường học | 70 | 76 | {r3} | 51 |
| 4 | Đảng bộ Quân sự, Công an huyện | 35 | 38 | 108,57 | 03 |
| 5 | Chi bộ doanh nghiệp | 20 | 15 | 75,00 | 06 |
| Cộng | | 480 | 496 | 103,33 | {women} |
"""


def test_kt205_a_correct_table(check):
    assert check(TABLE.format(r3="108,57", women="203")) == []


def test_kt205_total_row_and_percentage_cell(check):
    assert check(TABLE.format(r3="108,75", women="213")) == [
        ("KT205", "error", "108,75",
         "76/70 = 108,57%, không phải 108,75% (cột “Tỷ lệ so với chỉ tiêu” = “Kết nạp” / “Chỉ tiêu”)", ["76", "70"]),
        ("KT205", "error", "213", "Cộng cột “Trong đó: nữ”: 121 + 22 + 51 + 03 + 06 = 203, khác 213",
         ["121", "22", "51", "03", "06"]),
    ]


def test_kt205_truncated_percentage_cell_is_a_note(check):
    assert check(TABLE.format(r3="108,5", women="203")) == [  # 76/70 = 108,571...: 108,6 rounded
        ("KT205", "info", "108,5", "76/70 = 108,57%, làm tròn là 108,6%; “108,5%” là số bị cắt bớt chữ số "
                                   "(cột “Tỷ lệ so với chỉ tiêu” = “Kết nạp” / “Chỉ tiêu”)", ["76", "70"])]
    assert [f[:3] for f in check(TABLE.format(r3="108,58", women="203"))] == [
        ("KT205", "error", "108,58")]


def test_kt205_sub_rows_and_total_on_top(check):
    md = """| TT | Nội dung | Số lượng |
|---|---|---|
| | Tổng số | 120 |
| 1 | Khối Đảng, đoàn thể | 50 |
| - | Trong đó: nữ | 20 |
| 2 | Khối chính quyền | 70 |
| - | Trong đó: nữ | 31 |
"""
    assert check(md) == []
    assert check(md.replace("| 120 |", "| 125 |")) == [
        ("KT205", "error", "125", "Cộng cột “Số lượng”: 50 + 20 + 70 + 31 = 171, khác 125",
         ["50", "20", "70", "31"])]


def test_kt205_total_column(check):
    md = """| Năm | Tổng số | Khiển trách | Cảnh cáo | Cách chức |
|---|---|---|---|---|
| 2021 | 4 | 3 | 1 | 0 |
| 2022 | 3 | 2 | 1 | - |
| 2023 | 5 | 2 | 1 | 1 |
"""
    assert check(md) == [
        ("KT205", "error", "5", "Dòng “2023”: 2 + 1 + 1 = 4, khác 5", ["2", "1", "1"])]


# -- KT206 -----------------------------------------------------------------------------------

def test_kt206_one_body_two_sizes(check):
    md = ("Ban Chấp hành Đảng bộ huyện có 41 đồng chí, Ban Thường vụ Huyện ủy có 13 đồng chí; trong nửa đầu nhiệm "
          "kỳ đã tổ chức 18 hội nghị.\n\n"
          "Tập thể Ban Thường vụ Huyện ủy (15 đồng chí) chịu trách nhiệm chính về những hạn chế đã nêu.\n")
    assert check(md) == [
        ("KT206", "warning", "15",
         "“Tập thể Ban Thường vụ Huyện ủy”: 15 đồng chí ở đây, nhưng 13 đồng chí ở chỗ khác trong dự thảo "
         "(“Ban Thường vụ Huyện ủy”)", ["13"])]


@pytest.mark.parametrize("later", [
    "Năm 2023, Ban Thường vụ Huyện ủy có 15 đồng chí.",  # another time
    "Đầu nhiệm kỳ, Ban Thường vụ Huyện ủy có 15 đồng chí.",
    "Ban Thường vụ Huyện ủy có 15 đảng viên là nữ.",  # another quantity
    "Ban Thường vụ Huyện ủy có 13 đồng chí.",  # the same value
    "Ban Chấp hành Đảng bộ tỉnh có 15 đồng chí.",  # another body
])
def test_kt206_not_the_same_quantity(check, later):
    md = f"Năm 2022, Ban Thường vụ Huyện ủy có 13 đồng chí.\n\n{later}\n"
    assert check(md) == []


def test_kt206_collective_nouns_and_time_of_the_report(check):
    md = ("Thành lập Tổ giúp việc và lực lượng cộng tác viên dư luận xã hội gồm 64 đồng chí.\n\n"
          "Đến nay lực lượng cộng tác viên dư luận xã hội gồm 68 đồng chí, được tập huấn hằng năm.\n")
    assert check(md) == [
        ("KT206", "warning", "68", "“lực lượng cộng tác viên dư luận xã hội”: 68 đồng chí ở đây, nhưng 64 đồng chí ở "
                                   "chỗ khác trong dự thảo", ["64"])]


# -- all rules -------------------------------------------------------------------------------

def test_every_figures_rule_is_registered_with_examples():
    from kiemtra_lint.registry import all_rules

    rules = {r.code: r for r in all_rules() if r.family == "figures"}
    assert sorted(rules) == ["KT201", "KT202", "KT203", "KT204", "KT205", "KT206"]
    for r in rules.values():
        assert r.bad and r.good and r.summary_vi and r.explanation_en


@pytest.mark.parametrize("code", ["KT201", "KT202", "KT203", "KT204", "KT205", "KT206"])
def test_each_rule_flags_its_bad_example_and_not_its_good_one(check, code):
    from kiemtra_lint.registry import get_rule

    r = get_rule(code)
    text = r.bad.replace(" ... ", "\n\n")
    assert [f[0] for f in check(text + "\n", select=(code,))] == [code]
    assert check(r.good.replace(" ... ", "\n\n") + "\n", select=(code,)) == []


# -- arithmetic and robustness ---------------------------------------------------------------


@given(st.integers(0, 5000), st.integers(1, 5000), st.integers(0, 20000), st.integers(0, 3),
       st.sampled_from(["", "trên ", "dưới ", "khoảng "]))
def test_whole_ratios_are_judged_as_exact_fractions_are(a, b, units, decimals, qualifier):
    """The integer fast path of judge_ratio agrees with judge() on the exact Fraction."""
    stated = parse_number(qualifier + format_vi(Fraction(units, 10 ** decimals), decimals) + "%")
    exact = Fraction(100 * a, b)
    assert judge_ratio(Fraction(a), Fraction(b), stated) is judge(exact, exact, stated)


def test_rounding_is_inclusive_and_never_to_even():
    half = parse_number("92,5%")  # stands for [92,45; 92,55]
    assert judge(Fraction(9245, 100), Fraction(9245, 100), half) is Verdict.HOLDS
    assert judge(Fraction(9255, 100), Fraction(9255, 100), half) is Verdict.HOLDS
    assert judge(Fraction(9244, 100), Fraction(9244, 100), half) is Verdict.WRONG
    assert judge(Fraction(9259, 100), Fraction(9259, 100), half) is Verdict.TRUNCATED


_PIECES = ["có", "trong đó", "gồm", "(", ")", ",", ";", ".", ":", "tỷ lệ", "đạt", "chiếm", "khoảng", "trên",
           "đồng chí", "xã", "Ban Thường vụ", "Cơ cấu", "năm 2022", "15/3/2021", "35-NQ/TW", "49/53", "92,5%",
           "06", "3.889", "1.203", "12,35", "tỷ đồng", "và", "khác", "số còn lại", "100%", "0%", "0", "0/0",
           "| Cộng |", "1/2000", "tăng", "so với", "%", "/", "-", "Km12+300"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40))
def test_any_text_gives_well_formed_findings(pieces):
    text = " ".join(pieces)
    doc = Document("x.md", "md", blocks=[Block(0, "paragraph", text), Block(1, "paragraph", text)])
    for f in run_rules(doc, select_rules(["KT2"]), Context()):
        assert 0 <= f.span.start < f.span.end <= len(text)
        if f.rule == "KT201":
            assert parse_number(text[f.span.start:f.span.end]).kind == "percent"
