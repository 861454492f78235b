"""KT401-KT403 on the shapes of real published text (issue 17): invented sentences, a correct and
a wrong version of each shape."""

from __future__ import annotations

import pytest


@pytest.fixture
def check(lint_text):
    """``check(md, codes)``: the findings of ``md``, through the shared ``lint_text``."""
    def run(md: str, codes=("KT401",)):
        return lint_text(md, codes).findings
    return run


def excerpts(findings):
    return [(f.rule, f.place["excerpt"], f.place["location"]["start"]) for f in findings]


# --- KT401: two words that share a syllable are not a repeat ---------------------------------

@pytest.mark.parametrize("sentence", [
    "Sở Tài chính ban hành quy định định mức chi cho hoạt động này.",
    "Nhà trường tổ chức cho học sinh sinh hoạt ngoại khóa hằng tuần.",
    "Tổ chuyên môn môn Ngữ văn họp định kỳ.",
    "Các cơ sở phải bảo đảm an toàn toàn diện cho người lao động.",
    "Chất lượng được nâng lên dần dần qua từng năm.",
    "Cần làm từ từ, không nóng vội.",
    "Đồng chí Trưởng ban Ban Nội chính Tỉnh ủy dự họp.",
    "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC",
    "Xử lý nghiêm hành vi vi phạm pháp luật về đất đai.",
    "Xây dựng hệ thống giao thông thông minh.",
    "Cục trưởng Cục Thuế chịu trách nhiệm thi hành.",
    "Tài liệu được nộp vào lưu trữ tại lưu trữ lịch sử của tỉnh.",
    "Văn phòng thuộc Ủy ban nhân dân thuộc Ủy ban nhân dân cấp xã.",
    "Nhà đầu tư được sử dụng quyền sử dụng đất để góp vốn liên doanh.",
    "Người thuê đất phải nộp tiền chậm nộp tiền thuê đất theo quy định.",
    "Khoa lấy ý kiến của giảng viên, sinh viên cựu sinh viên và nhà tuyển dụng.",
    "TTHC TTHC TTHC",
    "Công ty nộp đơn đề nghị xác định mã số số 0512-03/HQ trước ngày 20.",
    "Căn cứ Luật Chuyển đổi số số 12/2026/QH15 và các văn bản hướng dẫn.",
    "Tỷ số số giảng viên trên số sinh viên đạt yêu cầu.",
    "Hội đồng mời chuyên gia trong lĩnh vực A và A và B tham gia phản biện.",
])
def test_words_that_share_a_syllable_or_a_deliberate_pattern(check, sentence):
    assert check(sentence + "\n") == []


@pytest.mark.parametrize("sentence, excerpt, start", [
    ("Huyện ủy đã đã chỉ đạo quyết liệt.", "đã", 12),
    ("Tiếp tục đẩy mạnh đẩy mạnh cải cách hành chính.", "đẩy mạnh", 18),
    ("Phấn đấu nâng cao nâng cao chất lượng đảng viên.", "nâng cao", 18),
    ("Đoàn sẽ kiểm tra kỹ kiểm tra hồ sơ của các xã.", "kiểm tra", 20),
    ("Báo cáo gửi về Ủy ban nhân dân tỉnh tỉnh trước ngày 15.", "tỉnh", 36),
    ("Hồ sơ gửi kèm của của đơn vị đề nghị.", "của", 18),
    ("Người thuê đất phải nộp tiền ngay nộp tiền thuê đất theo quy định.", "nộp tiền", 34),
    ("Kết luận Kết luận", "Kết luận", 9),
    # "số" typed twice before a number when no compound ends with the first
    ("Ủy ban ban hành Quyết định số số 125/QĐ-UBND.", "số", 30),
    ("Hội đồng mời chuyên gia và và nhà quản lý tham gia.", "và", 27),
])
def test_a_word_or_phrase_typed_twice(check, sentence, excerpt, start):
    assert excerpts(check(sentence + "\n")) == [("KT401", excerpt, start)]


# --- KT402 / KT403: duplicates by design and copy-paste slips ---------------------------------

SENTENCE = "Tổ chức tiếp nhận hồ sơ, thẩm định và trình cấp có thẩm quyền phê duyệt trong thời hạn quy định"


def test_annex_forms_and_recipients_repeat_by_design(check):
    md = (f"**1. Nhiệm vụ**\n\n{SENTENCE}.\n\nNơi nhận:\n\n- {SENTENCE};\n\n**PHỤ LỤC I**\n\n"
          f"{SENTENCE}.\n\n**Mẫu số 02**\n\n{SENTENCE}.\n")
    assert check(md, ("KT402", "KT403")) == []


def test_table_lines_and_the_title_restated_are_not_copies(check):
    md = (f"KẾ HOẠCH\n\n{SENTENCE}\n\n**I. MỤC ĐÍCH**\n\n{SENTENCE}.\n\n"
          f"| 1 | {SENTENCE} | 5 ngày |\n\n| 2 | {SENTENCE} | 5 ngày |\n")
    assert check(md, ("KT402", "KT403")) == []


def test_a_sentence_pasted_twice_in_running_text(check):
    md = f"**1. Nhiệm vụ**\n\n{SENTENCE}.\n\n**2. Giải pháp**\n\nTrước hết, cần làm rõ trách nhiệm. {SENTENCE}.\n"
    findings = check(md, ("KT402",))
    assert [(f.severity, f.message.vi) for f in findings] == [
        ("warning", "Câu này lặp lại nguyên văn một câu ở mục 1")]


def test_a_rewritten_sentence_is_only_noted_but_a_mangled_copy_is_warned(check):
    rewritten = SENTENCE.replace("phê duyệt", "quyết định")
    mangled = SENTENCE.replace("thời hạn", "thời hạng")
    for later, severity in ((rewritten, "info"), (mangled, "warning")):
        md = f"**1. Nhiệm vụ**\n\n{SENTENCE}.\n\n**2. Giải pháp**\n\nCần làm rõ trách nhiệm. {later}.\n"
        assert [f.severity for f in check(md, ("KT402",))] == [severity]


def test_a_title_line_the_body_restates(check):
    md = f"**1. Tin hoạt động**\n\n{SENTENCE}\n\nNgày 15/3, Sở Nội vụ đề nghị: {SENTENCE}.\n"
    assert check(md, ("KT402", "KT403")) == []
    md = f"**1. Tin hoạt động**\n\n{SENTENCE}.\n\nNgày 15/3, Sở Nội vụ đề nghị: {SENTENCE}.\n"
    assert [f.rule for f in check(md, ("KT402", "KT403"))] == ["KT402"]


def test_a_standard_clause_in_two_articles_is_by_design(check):
    clause = "Biên bản có nhiều trang thì người lập phải ký vào từng trang và ghi rõ họ tên của mình"
    md = f"**Điều 3. Kê biên tài sản**\n\n{clause}.\n\n**Điều 8. Thu giữ giấy tờ**\n\n{clause}.\n"
    assert check(md, ("KT402", "KT403")) == []
    md = f"**1. Kê biên tài sản**\n\n{clause}.\n\n**2. Thu giữ giấy tờ**\n\n{clause}.\n"
    assert [f.rule for f in check(md, ("KT402", "KT403"))] == ["KT402"]


def test_a_passage_rewritten_here_and_there_is_only_noted(check):
    one = "Công tác tuyên truyền được thực hiện bằng nhiều hình thức phong phú, phù hợp với từng đối tượng."
    two = "Các ngày lễ lớn của đất nước được tổ chức trang trọng, thiết thực và tiết kiệm theo quy định."
    edited = two.replace("trang trọng", "chu đáo")
    for later, severity in ((f"{one} {two}", "warning"), (f"{one} {edited}", "info")):
        md = f"**1. Kết quả**\n\n{one} {two}\n\n**2. Hạn chế**\n\n{later}\n"
        assert [(f.rule, f.severity) for f in check(md, ("KT402", "KT403"))] == [("KT403", severity)]


def test_the_preamble_restated_in_the_body(check):
    md = f"Thực hiện chỉ đạo của Tỉnh ủy: {SENTENCE}.\n\n**I. KẾT QUẢ**\n\nCụ thể như sau. {SENTENCE}.\n"
    assert check(md, ("KT402", "KT403")) == []


def test_articles_the_outline_does_not_make_sections(check):
    clause = "Biên bản có nhiều trang thì người lập phải ký vào từng trang và ghi rõ họ tên của mình"
    md = (f"**Chương II**\n\nĐiều 3. Người kê biên phải lập biên bản.\n\n{clause}.\n\n"
          f"Điều 8. Người thu giữ phải lập biên bản.\n\n{clause}.\n")
    assert check(md, ("KT402", "KT403")) == []


# --- restated on purpose: questions, enumerations detailed, one provision for two cases -------

def test_a_question_title_restated_in_its_answer(check):
    question = "Hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ tại khu vực nông thôn gồm những giấy tờ gì?"
    md = f"**1. Hỏi đáp**\n\n{question}\n\n**2. Trả lời**\n\n{question}\n"
    assert check(md, ("KT402", "KT403")) == []
    statement = question.replace(" gồm những giấy tờ gì?", " gồm đơn, bản vẽ và giấy tờ về đất.")
    md = f"**1. Hỏi đáp**\n\n{statement}\n\n**2. Trả lời**\n\n{statement}\n"
    assert [f.rule for f in check(md, ("KT402", "KT403"))] == ["KT402"]


def test_a_list_item_restating_a_clause_of_an_enumeration(check):
    tasks = ("Sở có các nhiệm vụ: quản lý tổng hợp tài nguyên nước và bảo vệ môi trường lưu vực sông trên địa bàn "
             "tỉnh; đo đạc bản đồ; quản lý nhà nước các dịch vụ công thuộc phạm vi quản lý của sở.")
    item = "- Quản lý tổng hợp tài nguyên nước và bảo vệ môi trường lưu vực sông trên địa bàn tỉnh;"
    md = f"**1. Nhiệm vụ**\n\n{tasks}\n\n**2. Chi tiết**\n\n{item}\n"
    assert check(md, ("KT402", "KT403")) == []
    # a paragraph ending with a semicolon is an item too, of a list set out without marks
    md = f"**1. Nhiệm vụ**\n\n{tasks}\n\n**2. Chi tiết**\n\n{item[2:]}\n\nĐo đạc bản đồ.\n"
    assert check(md, ("KT402", "KT403")) == []
    # the same clause in running text, a sentence of its own, is a copy
    md = f"**1. Nhiệm vụ**\n\n{tasks}\n\n**2. Chi tiết**\n\nNgoài ra, {item[2:-1].lower()}.\n"
    assert [f.rule for f in check(md, ("KT402",))] == ["KT402"]


def test_one_provision_under_two_lead_ins(check):
    rule_text = "Vị trí 1 là vị trí mà tại đó các thửa đất có các yếu tố và điều kiện thuận lợi nhất cho sản xuất;"
    md = ("**1. Vị trí đất**\n\n- Đối với nhóm đất nông nghiệp:\n\n"
          f"{rule_text}\n\n- Đối với đất phi nông nghiệp tại đô thị:\n\n{rule_text}\n")
    assert check(md, ("KT402", "KT403")) == []
    point = "Quỹ bổ sung vốn từ phần chênh lệch thu chi hợp pháp được giữ lại theo quy định của pháp luật."
    md = (f"**Chương II**\n\n1. Nguồn vốn của Quỹ trung ương gồm:\n\na) Vốn điều lệ do ngân sách cấp.\n\nb) {point}\n\n"
          f"2. Nguồn vốn của Quỹ địa phương gồm:\n\na) Vốn do ngân sách địa phương cấp.\n\nb) {point}\n")
    assert check(md, ("KT402", "KT403")) == []
    # the same lead-in twice: the point was pasted twice under one clause
    md = (f"**Chương II**\n\n1. Nguồn vốn của Quỹ trung ương gồm:\n\na) Vốn điều lệ do ngân sách cấp.\n\nb) {point}\n\n"
          f"c) {point}\n")
    findings = check(md, ("KT402", "KT403"))
    assert [(f.rule, f.severity, f.message.vi) for f in findings] == [
        ("KT402", "warning",
         "Câu này gần trùng với một câu ở đoạn ngay trên, trong cùng mục (giống 95%; khác: “b” / “c”)")]


# --- two versions of one text in one file -----------------------------------------------------

VERSION_A = [
    "Khoa đã rà soát chương trình đào tạo ngành Kế toán theo chu kỳ hai năm một lần với sự tham gia của các bên.",
    "Năm học 2020 có 152 sinh viên tốt nghiệp, tỷ lệ có việc làm sau một năm đạt 91,5%.",
    "Đề cương các học phần được cập nhật tài liệu tham khảo mới và công bố trên trang thông tin của khoa.",
    "Đội ngũ giảng viên gồm 24 người, trong đó 6 tiến sĩ và 18 thạc sĩ.",
    "Hoạt động đánh giá người học được thực hiện khách quan, công khai và đúng quy chế của nhà trường.",
    "Khoa mời 12 doanh nghiệp tham gia góp ý chuẩn đầu ra trong năm học vừa qua.",
    "Việc tổ chức thực tập cuối khóa được phối hợp chặt chẽ với doanh nghiệp để sinh viên tiếp cận công việc.",
    "Kinh phí dành cho nghiên cứu khoa học của sinh viên là 120 triệu đồng mỗi năm.",
    "Phòng thí nghiệm chuyên ngành được trang bị đủ thiết bị và phần mềm phục vụ các học phần thực hành.",
]


def _version_b():
    """The other programme's report: the same prose, its own figures and sentences."""
    b = list(VERSION_A)
    b[1] = "Năm học 2021 có 98 sinh viên tốt nghiệp; khoa đang tổng hợp số liệu việc làm."
    b[3] = "Bộ môn có 15 giảng viên, phần lớn được đào tạo ở nước ngoài."
    b[5] = "Các nhà tuyển dụng đánh giá cao khả năng thích ứng của sinh viên ngành này."
    b[7] = "Sinh viên tham gia nghiên cứu khoa học còn ít so với quy mô đào tạo."
    return b


def test_another_version_of_the_text_is_one_note(check):
    md = "\n\n".join(VERSION_A + _version_b()) + "\n"
    findings = check(md, ("KT402", "KT403"))
    assert [(f.rule, f.severity, f.message.vi, f.place["excerpt"][:20], len(f.related_places))
            for f in findings] == [
        ("KT403", "info", "Từ đây, 5 đoạn văn trùng hoặc gần trùng với các đoạn tương ứng ở trên, cách 9 đoạn, "
         "xen kẽ nội dung khác: có vẻ là hai bản của cùng một văn bản trong một tệp (nếu không phải, hãy rà lại "
         "các đoạn trùng)", VERSION_A[0][:20], 5)]


def test_repeats_within_one_text_are_not_a_version(check):
    # the copies interleave with their sources: slips of one drafter, each reported
    a = VERSION_A
    md = "\n\n".join([a[0], a[2], a[0], a[4], a[2], a[6], a[4], a[8], a[6]]) + "\n"
    findings = check(md, ("KT402", "KT403"))
    assert [(f.rule, f.severity) for f in findings] == [("KT402", "warning")] * 4
    # a whole stretch pasted again unchanged is one passage, not a version
    md = "\n\n".join(a[:5] + ["Phần tiếp theo trình bày các hạn chế."] + a[:5]) + "\n"
    assert [(f.rule, f.severity) for f in check(md, ("KT402", "KT403"))] == [("KT403", "warning")]


# --- summaries, forms, quotations restated: by design -----------------------------------------

FILLER = "Đoạn {} trình bày các nội dung khác của báo cáo, không lặp lại câu nào ở trên."
POINTS = [
    "Hệ thống phần mềm quản lý đào tạo chưa tích hợp chức năng cảnh báo học vụ cho sinh viên năm nhất.",
    "Số lượng doanh nghiệp tham gia góp ý chương trình đào tạo còn ít so với kế hoạch đã đề ra.",
    "Phòng thực hành chuyên ngành bố trí gần đường lớn nên tiếng ồn ảnh hưởng đến giờ học của sinh viên.",
    "Kênh liên lạc với cựu sinh viên chưa ổn định cả về số lượng lẫn địa chỉ liên lạc thường xuyên.",
]


def _report(points_per_part, summary):
    """Parts of 45 paragraphs, each opening with one of its own points, then a summary."""
    paras = []
    for k, point in enumerate(points_per_part):
        paras += [point] + [FILLER.format(f"{k}.{n}") for n in range(44)]
    return "\n\n".join(paras + ["Những điểm tồn tại cơ bản"] + summary) + "\n"


def test_a_summary_gathering_points_from_four_parts_is_by_design(check):
    md = _report(POINTS, POINTS)
    assert check(md, ("KT402", "KT403")) == []


def test_a_point_restated_from_fewer_places_is_still_reported(check):
    # three parts restated: not enough places to be a summary; each copy is reported
    md = _report(POINTS[:3], POINTS[:3])
    assert [(f.rule, f.severity, f.message.vi) for f in check(md, ("KT402", "KT403"))] == [
        ("KT402", "warning", f"Câu này lặp lại nguyên văn một câu ở trên, cách {n} đoạn") for n in (136, 92, 48)]
    # a point pasted again just below itself is a slip, even in a part a summary restates
    md = _report(POINTS, POINTS).replace(POINTS[3] + "\n\n", POINTS[3] + "\n\n" + POINTS[3] + "\n\n", 1)
    findings = check(md, ("KT402", "KT403"))
    assert [(f.rule, f.message.vi) for f in findings] == [
        ("KT402", "Câu này lặp lại nguyên văn một câu ở đoạn ngay trên")]


def test_an_indicator_sheet_filled_in_again_is_by_design(check):
    sheet = ("Từ kết quả khảo sát ở trên, tổng hợp thành một số chỉ báo quan trọng của chương trình dưới đây:\n\n"
             "Tỷ lệ giảng viên cơ hữu có trình độ tiến sĩ trên tổng số giảng viên của chương trình (%): {}\n\n"
             "Tỷ số doanh thu từ nghiên cứu khoa học và chuyển giao công nghệ trên cán bộ cơ hữu: ...\n\n"
             "Người học có việc làm đúng ngành đào tạo trong năm đầu tiên sau khi tốt nghiệp của chương trình:\n\n")
    md = sheet.format("5/20 (25,0%)") + sheet.format("6/21 (28,6%)")
    assert check(md, ("KT402", "KT403")) == []
    # a sentence, not a field, pasted twice
    prose = ("Khoa đã rà soát toàn bộ đề cương học phần và cập nhật tài liệu tham khảo mới cho các học phần "
             "chuyên ngành.\n\n")
    assert [f.rule for f in check(prose + prose, ("KT402", "KT403"))] == ["KT402"]


def test_a_quotation_restated_after_theo_do_is_by_design(check):
    items = ("- Cung cấp đủ năng lượng và chất dinh dưỡng cho học sinh theo nhu cầu học tập và vận động hằng ngày.\n\n"
             "- Hình thành thói quen ăn uống khoa học, có lợi cho sức khỏe và sự phát triển của học sinh tiểu học.\n\n")
    md = (f"**1. Vai trò của bữa ăn học đường**\n\n{items}"
          f"Theo đó, bữa ăn học đường có vai trò đối với sức khỏe học sinh như sau:\n\n{items}")
    assert check(md, ("KT402", "KT403")) == []
    md = (f"**1. Vai trò của bữa ăn học đường**\n\n{items}"
          f"Ngoài ra, bữa ăn học đường có vai trò đối với sức khỏe học sinh như sau:\n\n{items}")
    assert [(f.rule, f.severity) for f in check(md, ("KT402", "KT403"))] == [("KT403", "warning")]


def test_three_scattered_sentences_at_one_distance_are_a_version(check):
    a = VERSION_A
    fillers = [FILLER.format(n) for n in range(6)]
    earlier = [a[0], fillers[0], a[2], fillers[1], a[4]]
    later = [a[0], fillers[3], a[2], fillers[4], a[4]]
    md = "\n\n".join(earlier + fillers[2:3] + later) + "\n"
    assert [(f.rule, f.severity) for f in check(md, ("KT402", "KT403"))] == [("KT403", "info")]


# --- a clause pasted twice inside one sentence ----------------------------------------------

CLAUSE = ("tổng thu ngân sách nhà nước trên địa bàn huyện ước thực hiện cả năm đạt kết quả khá, tăng 3,1% so "
          "với cùng kỳ năm trước và vượt dự toán tỉnh giao")


def test_a_clause_pasted_twice_in_one_sentence(check):
    md = f"**1. Thu ngân sách**\n\nNăm 2024, {CLAUSE}; {CLAUSE}.\n"
    findings = check(md, ("KT402", "KT403"))
    assert [(f.rule, f.severity, f.message.vi, f.place["excerpt"], f.place["location"]["start"],
             [p["excerpt"] for p in f.related_places]) for f in findings] == [
        ("KT402", "warning", "Vế câu này lặp lại nguyên văn một vế câu ở trước đó trong cùng câu", CLAUSE,
         len("Năm 2024, ") + len(CLAUSE) + 2, [CLAUSE])]
    # one letter mistyped in the copy: still a copy
    mangled = CLAUSE.replace("kết quả khá", "kết quả khác")
    assert [(f.rule, f.severity) for f in check(f"Năm 2024, {CLAUSE}; {mangled}.\n", ("KT402",))] == [
        ("KT402", "warning")]


def test_neighbouring_clauses_that_state_two_things_are_not_copies(check):
    other_year = CLAUSE.replace("tăng 3,1%", "tăng 4,7%").replace("cả năm", "sáu tháng đầu năm")
    rewritten = CLAUSE.replace("vượt dự toán tỉnh giao", "đạt thấp so với nghị quyết của Hội đồng nhân dân")
    for second in (other_year, rewritten):
        assert check(f"Năm 2024, {CLAUSE}; {second}.\n", ("KT402", "KT403")) == []
    # the same clause in two items of a list, not side by side, is a list's structure
    md = f"Năm 2024, {CLAUSE}; chi ngân sách bảo đảm đúng dự toán được giao trong năm; {CLAUSE}.\n"
    assert check(md, ("KT402", "KT403")) == []


PROVISION = ("Người nộp thuế được gia hạn nộp hồ sơ khai thuế không quá 30 ngày kể từ ngày hết thời hạn nộp "
             "hồ sơ khai thuế đối với hồ sơ khai thuế tháng")


def test_an_official_letter_quoting_a_provision_and_applying_it(check):
    quoted = f"**1. Trả lời**\n\nTại khoản 2 Điều 8 Thông tư số 80/2021/TT-BTC quy định: “{PROVISION}.”\n\n"
    for answer in (f"Trường hợp của Công ty, {PROVISION[0].lower()}{PROVISION[1:]}.",
                   f"Căn cứ các quy định trên, {PROVISION[0].lower()}{PROVISION[1:]}."):
        assert check(quoted + answer + "\n", ("KT402", "KT403")) == []
    # said before, not quoted from a provision: the same words again are noted
    said = f"**1. Trả lời**\n\nTại buổi làm việc, đoàn kiểm tra đã kết luận: “{PROVISION}.”\n\n"
    findings = check(said + f"Trường hợp của Công ty, {PROVISION[0].lower()}{PROVISION[1:]}.\n", ("KT402", "KT403"))
    assert [(f.rule, f.severity, f.message.vi) for f in findings] == [
        ("KT402", "info", "Câu này gần trùng với một vế câu ở đoạn ngay trên, trong cùng mục (giống 86%; khác: "
                          "“kiểm tra đã kết luận” / “Trường hợp của Công ty”)")]
