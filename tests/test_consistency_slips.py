"""KT505 lopsided range dashes, KT506 a name written split and joined, KT507 the issuing committee in
lower case (issue 17, point 5), KT508 two words run together: invented sentences, a correct and a wrong
version of each."""

from __future__ import annotations


def places(findings):
    return [(f.rule, f.place["excerpt"], f.place["location"]["block"], f.place["location"]["start"])
            for f in findings]


# --- KT505: a dash with a space on one side ---------------------------------------------------

def test_a_range_with_a_space_on_one_side(lint_text):
    md = ("Kế hoạch giai đoạn 2021 - 2025 đã hoàn thành.\n\n"
          "Định hướng giai đoạn 2026 -2030, tầm nhìn 2045; công suất 5- 10 tấn/ngày.\n")
    findings = lint_text(md, ("KT505",)).findings
    assert places(findings) == [("KT505", "2026 -2030", 1, 21)]
    assert findings[0].message.vi == ("Dấu gạch nối giữa hai số có dấu cách ở một bên: “2026 -2030” (cùng 1 chỗ "
                                      "khác); nên viết “2026 - 2030”, như 1 khoảng số khác của bản thảo")
    assert [r["excerpt"] for r in findings[0].related_places] == ["5- 10"]
    assert findings[0].fix.replacement == "2026 - 2030"


def test_the_drafts_own_way_is_the_correction(lint_text):
    md = "Giai đoạn 2016-2020 và 2021-2025; tỷ trọng 1.290 -1.350 g/cm3.\n"
    findings = lint_text(md, ("KT505",)).findings
    assert [(f.place["excerpt"], f.fix.replacement) for f in findings] == [("1.290 -1.350", "1.290-1.350")]
    alone = lint_text("Học năm học 2020– 2021.\n", ("KT505",)).findings
    assert [(f.place["excerpt"], f.fix.replacement) for f in alone] == [("2020– 2021", "2020 – 2021")]


def test_ranges_spaced_evenly_dates_symbols_and_line_breaks_are_not_lopsided(lint_text):
    md = ("Giai đoạn 2021 - 2025 và 2026-2030; từ 15/5 -20/5; Nghị quyết số 45 -NQ/TW; "
          "Quyết định 12/2021 -QĐ; nhiệt độ -5 độ; năm 2025\n- Nội dung thứ nhất.\n")
    assert lint_text(md, ("KT505",)).findings == []


def test_a_line_wrapped_at_the_dash_is_not_a_space(lint_text, tmp_path):
    from docx_factory import make_docx, para, run

    from kiemtra_lint.config import Settings
    from kiemtra_lint.lint import lint_file

    assert lint_text("Giai đoạn 2021-\n2025 và giai đoạn 2026 -\n2030.\n", ("KT505",)).findings == []
    assert places(lint_text("Giai đoạn 2021-\n2025 và 2026- 2030.\n", ("KT505",)).findings) == [
        ("KT505", "2026- 2030", 0, 24)]
    # in a Word file, a space typed in another run is a space
    path = make_docx(tmp_path / "d.docx", para(run("Giai đoạn 2021-"), run(" 2025.")))
    assert [f.place["excerpt"] for f in lint_file(str(path), Settings(select=("KT505",))).findings] == ["2021- 2025"]


# --- KT506: a name split and joined -----------------------------------------------------------

def test_a_name_written_split_and_joined(lint_text):
    md = ("Xã Ka Lên có 3 thôn; đường về Ka Lên được mở rộng.\n\n"
          "Trường tiểu học Kalên được xây mới.\n")
    findings = lint_text(md, ("KT506",)).findings
    assert places(findings) == [("KT506", "Kalên", 1, 16)]
    assert findings[0].message.vi == ("Tên riêng viết hai cách: “Kalên” (1 chỗ) và “Ka Lên” (2 chỗ); nên thống nhất "
                                      "một cách viết, như “Ka Lên”")
    assert [r["excerpt"] for r in findings[0].related_places] == ["Ka Lên"]


def test_the_majority_spelling_wins_and_a_hyphen_splits_too(lint_text):
    md = "Nhóm làm việc (Teamwork) và kỹ năng Teamwork; khóa học Team-Work.\n"
    assert places(lint_text(md, ("KT506",)).findings) == [("KT506", "Team-Work", 0, 55)]


def test_names_written_one_way_capitals_and_longer_names_are_left_alone(lint_text):
    md = ("Xã Ka Lên và xã Tân Thành; KALÊN, KA LÊN trong tiêu đề; PowerPoint; "
          "xã Sơn Thành và xã Linh Sơnthành phố: một chữ dính vào tên dài hơn.\n")
    assert lint_text(md, ("KT506",)).findings == []


# --- KT507: the issuing committee in lower case -----------------------------------------------

HEADER = "**HUYỆN ỦY VÂN CANH**\n\n**BÁO CÁO**\n\n"


def test_the_issuing_committee_in_lower_case(lint_text):
    md = HEADER + ("Năm 2025, Ban Thường vụ huyện ủy lãnh đạo toàn diện.\n\n"
                   "Thường trực huyện uỷ chỉ đạo sát sao.\n")
    findings = lint_text(md, ("KT507",)).findings
    assert places(findings) == [("KT507", "huyện ủy", 2, 24)]
    assert findings[0].message.vi == ("“huyện ủy” viết thường (cùng 1 chỗ khác) trong khi văn bản do Huyện ủy ban "
                                      "hành: tên cơ quan viết hoa chữ đầu, nên viết “Huyện ủy”")
    assert [r["excerpt"] for r in findings[0].related_places] == ["huyện uỷ"]
    assert findings[0].fix.replacement == "Huyện ủy"


def test_generic_uses_titles_and_other_issuers_are_not_the_body(lint_text):
    md = HEADER + ("Ban Thường vụ Huyện ủy chỉ đạo; các huyện ủy bạn hỗ trợ; mỗi huyện ủy cử đại diện; "
                   "đồng chí là huyện ủy viên; ý kiến của tỉnh ủy, huyện ủy và đảng ủy cơ sở.\n")
    assert lint_text(md, ("KT507",)).findings == []
    md = ("**ĐẢNG ỦY XÃ CANH LIÊN**\n\n**BÁO CÁO**\n\nĐảng ủy xã chỉ đạo các chi bộ và đảng ủy cơ sở; "
          "các đảng ủy trực thuộc huyện hỗ trợ; Ban Thường vụ đảng ủy họp.\n")
    assert places(lint_text(md, ("KT507",)).findings) == [("KT507", "đảng ủy", 2, 99)]
    # a draft of the People's Committee: "huyện ủy" in lower case is not its own name
    md = "**ỦY BAN NHÂN DÂN HUYỆN VÂN CANH**\n\n**BÁO CÁO**\n\nBáo cáo Ban Thường vụ huyện ủy theo quy định.\n"
    assert lint_text(md, ("KT507",)).findings == []
    # the same committee of another kind: a provincial committee's draft naming a district one
    md = "**TỈNH ỦY BÌNH ĐỊNH**\n\n**BÁO CÁO**\n\nBan Thường vụ huyện ủy Vân Canh báo cáo.\n"
    assert lint_text(md, ("KT507",)).findings == []


# --- KT508: two words run together --------------------------------------------------------------

def test_two_words_run_together_where_the_draft_writes_them_apart(lint_text):
    md = ("Sáp nhập xã Tân An và xã Tân Lộc thành xã Tân Hòa; sáp nhập thị trấn Ba Tơ và các xã lân cận.\n\n"
          "Sáp nhập xã Hòa Bình vàxã Hòa Phú; của thị trấn Ba Tơ và củathị trấn Di Lăng; sáp nhập vàcác xã; "
          "vàxã Hòa Hải.\n")
    findings = lint_text(md, ("KT508",)).findings
    assert places(findings) == [("KT508", "vàxã", 1, 21)]
    assert findings[0].message.vi == ("Hai chữ viết dính nhau: “vàxã” (2 chỗ) trong khi bản thảo viết “và xã” 1 chỗ; "
                                      "thiếu dấu cách; cùng lỗi ở 2 chữ khác: “củathị”, “vàcác”")
    assert [r["excerpt"] for r in findings[0].related_places] == ["vàxã", "củathị", "vàcác"]
    assert findings[0].fix.start == 23 and findings[0].fix.replacement == " "


def test_joined_words_the_draft_never_writes_apart_names_and_english_are_left_alone(lint_text):
    # "củathị" with no "của thị" anywhere; "KaLên" beside "Ka Lên" (KT506's); English; a line in capitals
    md = ("Quy mô dân số củathị trấn tăng; xã Ka Lên và KaLên; the Circular comes into force in Vietnam, "
          "Viet nam; in to; XÃ HÒA BÌNH VÀXÃ HÒA PHÚ; và xã.\n")
    assert lint_text(md, ("KT508",)).findings == []
    # the halves written apart with other capitals do not show what was meant
    assert lint_text("Xã Tân An; Ủy ban xã Tân An và Xã Tân Lộc; xã Tân Hòa vàxã Tân Phú.\n", ("KT508",)).findings \
        == []


def test_a_name_with_its_tone_mark_placed_both_ways(lint_text):
    md = ("Sáp nhập tỉnh Khánh Hoà và tỉnh Ninh Thuận; tỉnh Khánh Hoà có 65 xã; các khoá học.\n\n"
          "Ủy ban nhân dân tỉnh Khánh Hòa và thị xã Thanh Hoá Mới báo cáo; Thanh Hóa Mới là đô thị loại III.\n")
    findings = lint_text(md, ("KT506",)).findings
    assert places(findings) == [("KT506", "Khánh Hòa", 1, 21), ("KT506", "Thanh Hóa", 1, 64)]  # a tie: the first met
    assert findings[0].message.vi == ("Tên riêng viết hai cách: “Khánh Hòa” (1 chỗ) và “Khánh Hoà” (2 chỗ); nên thống "
                                      "nhất một cách viết, như “Khánh Hoà”")
    assert [r["excerpt"] for r in findings[0].related_places] == ["Khánh Hoà"]
    # one placement throughout, however the rest of the draft places its marks
    md = "Tỉnh Khánh Hoà và Thanh Hóa Mới; tỉnh Khánh Hoà, thị xã Thanh Hóa Mới; hòa giải, khóa học.\n"
    assert lint_text(md, ("KT506",)).findings == []
