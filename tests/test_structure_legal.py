"""Normative texts and lists: articles ("Điều 5."), chapters and sections keep their fixed order;
a numbered list whose items are partly headings and partly paragraphs is one sequence; a bold
Markdown paragraph wrapped over two lines is a bold line."""

from docx_factory import make_docx, p, para, run
from test_structure_support import checked, found, lint_path

from kiemtra_lint.labels import parse_label
from kiemtra_lint.outline import build_outline
from kiemtra_lint.readers import read_document
from kiemtra_lint.readers.textfile import parse_text


def outline(md: str):
    doc = parse_text(md, "t.md", "md")
    build_outline(doc)
    return doc


def shape(section):
    return [(c.label, [x for x in shape(c)]) if c.children else c.label for c in section.children]


def test_article_labels():
    label = parse_label("Điều 12. Hiệu lực thi hành")
    assert (label.kind, label.numbers, label.text, label.end) == ("article", (12,), "Điều 12.", 9)
    assert parse_label("ĐIỀU 3: Phạm vi").kind == "article"
    assert parse_label("Điều 3 Nghị định số 15 quy định rõ thẩm quyền") is None  # no stop: a sentence
    assert parse_label("Điều chỉnh quy hoạch chung") is None


def test_a_decision_then_its_regulation_chapters_hold_their_articles():
    md = ("**QUYẾT ĐỊNH**\n\nVề việc ban hành quy chế làm việc\n\n**Điều 1. Ban hành quy chế**\n\n"
          "Ban hành kèm theo Quyết định này.\n\n**Điều 2. Hiệu lực**\n\n"
          "Quyết định có hiệu lực từ ngày ký.\n\n**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n**Điều 1. Phạm vi**\n\n"
          "Quy chế này quy định việc làm việc.\n\n**Điều 2. Đối tượng**\n\nCán bộ xã.\n\n**Chương II**\n\n"
          "**QUY ĐỊNH CỤ THỂ**\n\n**Mục 1. HỌP ĐỊNH KỲ**\n\n**Điều 3. Họp tháng**\n\n"
          "**1. Thành phần:**\n\nLãnh đạo xã.\n\n**2. Thời gian:**\n\nNgày đầu tháng.\n\n"
          "**Mục 2. HỌP ĐỘT XUẤT**\n\n**Điều 4. Triệu tập**\n\nDo Chủ tịch triệu tập.\n")
    assert shape(outline(md).root) == [
        "Điều 1.", "Điều 2.",
        ("Chương I", ["Điều 1.", "Điều 2."]),
        ("Chương II", [("Mục 1.", [("Điều 3.", ["1.", "2."])]), ("Mục 2.", ["Điều 4."])]),
    ]


def test_no_numbering_finding_on_a_decision_with_its_regulation(lint_text):
    md = ("**QUYẾT ĐỊNH**\n\nVề việc ban hành quy chế\n\n**Điều 1. Ban hành quy chế**\n\nBan hành kèm theo.\n\n**Điều 2. Hiệu lực**\n\nTừ ngày ký.\n\n"
          "**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n**Điều 1. Phạm vi**\n\nNội dung.\n\n**Chương II**\n\n"
          "**TỔ CHỨC THỰC HIỆN**\n\n**Điều 5. Trách nhiệm**\n\nNội dung.\n")
    assert found(lint_text(md, ["KT101"])) == []


LONG = "chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện và báo cáo kết quả định kỳ hằng quý."


def test_numbered_items_partly_paragraphs_partly_headings_are_one_list(lint_text):
    md = (f"**I. NHIỆM VỤ**\n\n1. Phòng Văn hóa {LONG}\n\n2. Phòng Nội vụ có trách nhiệm:\n\n"
          f"a) Hướng dẫn các xã.\n\n3. Phòng Tài chính {LONG}\n\n4. Các xã có trách nhiệm:\n\nb) Báo cáo.\n")
    assert found(lint_text(md, ["KT101"])) == []


def test_a_bold_heading_number_given_to_a_plain_paragraph_is_still_a_gap(lint_text):
    md = (f"**I. NHIỆM VỤ**\n\n**1. Về văn hóa**\n\nNội dung.\n\n2. Phòng Nội vụ {LONG}\n\n"
          "**3. Về tài chính**\n\nNội dung.\n")
    assert [(f[2], f[3]) for f in found(lint_text(md, ["KT101"]))] == [
        ("Đánh số mục không liên tục: sau “1.” là “3.”, thiếu “2.”", "3.")]


def test_a_real_gap_between_list_items_is_still_found(lint_text):
    md = f"**I. NHIỆM VỤ**\n\n1. Phòng Văn hóa {LONG}\n\n3. Phòng Nội vụ có trách nhiệm:\n\na) Hướng dẫn.\n"
    assert [(f[2], f[3], f[4]) for f in found(lint_text(md, ["KT101"]))] == [
        ("Đánh số mục không liên tục: sau “1.” là “3.”, thiếu “2.”", "3.", ["1."])]


def test_a_wrapped_bold_markdown_paragraph_is_a_bold_heading():
    doc = outline("**II. NHIỆM VỤ VÀ GIẢI PHÁP\nTRỌNG TÂM**\n\nNội dung.\n\n**III. TỔ CHỨC\nTHỰC HIỆN**:\n")
    headings = [(b.text, b.bold, b.label) for b in doc.blocks if b.kind == "heading"]
    assert headings == [("II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM", True, "II."), ("III. TỔ CHỨC THỰC HIỆN:", True, "III.")]
    assert (doc.blocks[0].segments[0].para, doc.blocks[0].segments[0].offset) == (0, 2)
    plain = outline("**1.** Phòng Văn hóa\nthực hiện.\n")
    assert (plain.blocks[0].text, plain.blocks[0].bold) == ("**1.** Phòng Văn hóa thực hiện.", False)


def test_a_bold_lead_in_paragraph_numbers_the_list_too(lint_text):
    md = ("**I. NỘI DUNG**\n\n**1. Chủ đề thi đua**\n\nĐoàn kết, sáng tạo.\n\n"
          "**2. Thời gian thực hiện:** từ tháng 3 đến tháng 12 năm 2024.\n\n**3. Nội dung thi đua**\n\nNội dung.\n")
    assert found(lint_text(md, ["KT101"])) == []


def test_an_elided_quotation_hides_the_numbers_it_leaves_out(lint_text):
    md = "**I. MỤC TIÊU**\n\nNội dung.\n\n...\n\n**IV. TỔ CHỨC THỰC HIỆN**\n\nNội dung.\n"
    assert found(lint_text(md, ["KT101"])) == []
    md = "**I. MỤC TIÊU**\n\nNội dung.\n\n**IV. TỔ CHỨC THỰC HIỆN**\n\nNội dung.\n"
    assert [(f[2], f[3]) for f in found(lint_text(md, ["KT101"]))] == [
        ("Đánh số mục không liên tục: sau “I.” là “IV.”, thiếu “II.”", "IV.")]


def test_a_table_of_contents_title_is_not_a_numbered_section():
    assert parse_label("MỤC LỤC") is None
    assert parse_label("Mục 2. HỌP ĐỘT XUẤT").text == "Mục 2."
    assert parse_label("Chương IV QUY ĐỊNH CHUNG").text == "Chương IV"


def test_numbering_is_not_judged_where_the_outline_nests_unusually(lint_text):
    # "2." under "b)": the outline went wrong (item 1 was a paragraph before "a)"), not the numbers
    md = ("**I. NỘI DUNG**\n\n1. Hội đồng xét duyệt các danh hiệu thi đua hằng năm theo quy định của pháp luật.\n\n"
          "a) Tham mưu báo cáo kết quả.\n\n**b) Báo cáo xét duyệt:**\n\nDanh hiệu cờ thi đua.\n\n"
          "**2. Thường trực Hội đồng:**\n\nGiúp việc Hội đồng.\n")
    # "b)" is bold and "a)" is not: that one is still said; "2." under "b)" is not judged
    assert [(f[2], f[3]) for f in found(lint_text(md, ["KT101"]))] == [
        ("Mục đầu tiên cùng cấp lại đánh số “b)”, thiếu “a)”", "b)")]


def test_annex_labels():
    assert parse_label("PHỤ LỤC II").kind == "annex"
    assert (parse_label("Phụ lục số 3: Biểu tổng hợp").numbers, parse_label("Phụ lục 02").numbers) == ((3,), (2,))
    assert parse_label("Phụ lục kèm theo Quyết định") is None


ANNEXED = ("**QUYẾT ĐỊNH**\n\nVề việc ban hành kế hoạch chuyển đổi số\n\n**Điều 1. Ban hành kế hoạch**\n\n"
           "Ban hành kèm theo Quyết định này Phụ lục I và Phụ lục II.\n\n**Điều 2. Hiệu lực**\n\nTừ ngày ký.\n\n"
           "**PHỤ LỤC I**\n\n**DANH MỤC NHIỆM VỤ**\n\n*(Kèm theo Quyết định số 12/QĐ-UBND)*\n\n"
           "**I. NHIỆM VỤ CHUNG**\n\n**1. Hạ tầng số**\n\nNâng cấp mạng.\n\n**2. Dữ liệu số**\n\nXây dựng dữ liệu.\n\n"
           "**II. NHIỆM VỤ RIÊNG**\n\nCác sở thực hiện.\n\n"
           "**Phụ lục II: Biểu mẫu báo cáo**\n\n**I. MẪU BÁO CÁO QUÝ**\n\nNội dung.\n")


def test_each_annex_opens_its_own_outline(lint_text):
    doc = outline(ANNEXED)
    assert shape(doc.root) == ["Điều 1.", "Điều 2.", ("PHỤ LỤC I", [("I.", ["1.", "2."]), "II."]),
                               ("Phụ lục II:", ["I."])]
    assert [(s.label, s.title) for s in doc.root.children[2:]] == [
        ("PHỤ LỤC I", "DANH MỤC NHIỆM VỤ"), ("Phụ lục II:", "Biểu mẫu báo cáo")]
    assert found(lint_text(ANNEXED, ["KT101", "KT104"])) == []


def test_an_annex_named_in_a_sentence_opens_nothing():
    doc = outline("**I. KẾT QUẢ**\n\nPhụ lục I kèm theo.\n\n**1. Về kinh tế**\n\nTăng trưởng.\n")
    assert shape(doc.root) == [("I.", ["1."])]


def test_annexes_of_a_word_draft(tmp_path):
    path = make_docx(tmp_path / "qd.docx", "".join([
        p("Điều 1. Ban hành kế hoạch", bold=True), p("Ban hành kèm theo Quyết định này."),
        p("PHỤ LỤC I", bold=True), p("DANH MỤC NHIỆM VỤ", bold=True), p("I. NHIỆM VỤ CHUNG", bold=True),
        p("Nâng cấp mạng."), p("PHỤ LỤC II", bold=True), p("I. MẪU BÁO CÁO", bold=True), p("Nội dung.")]))
    doc = read_document(path)
    assert shape(doc.root) == ["Điều 1.", ("PHỤ LỤC I", ["I."]), ("PHỤ LỤC II", ["I."])]
    assert lint_path(path, ["KT101"]).findings == []


DECISION = ("**QUYẾT ĐỊNH**\n\nVề việc thành lập tổ công tác\n\n*Căn cứ Luật Tổ chức chính quyền địa phương;*\n\n"
            "**QUYẾT ĐỊNH:**\n\n**Điều 1.** Thành lập tổ công tác chuyển đổi số của xã.\n\n"
            "**Điều 2.** Tổ công tác có nhiệm vụ sau:\n\n1. Xây dựng kế hoạch.\n\n2. Theo dõi, báo cáo.\n\n"
            "**Điều 3.** Quyết định có hiệu lực từ ngày ký./.\n")


def test_a_decisions_articles_are_its_top_sections_whatever_their_length(tmp_path):
    (tmp_path / "qd.md").write_text(DECISION, encoding="utf-8")
    doc = checked(tmp_path / "qd.md")
    assert [(s.label, s.title) for s in doc.root.children] == [
        ("Điều 1.", "Thành lập tổ công tác chuyển đổi số của xã."), ("Điều 2.", "Tổ công tác có nhiệm vụ sau:"),
        ("Điều 3.", "Quyết định có hiệu lực từ ngày ký./.")]
    assert [doc.blocks[i].text for i in doc.root.children[1].blocks] == ["1. Xây dựng kế hoạch.", "2. Theo dõi, báo cáo."]
    assert doc.blocks[doc.root.blocks[-1]].text == "QUYẾT ĐỊNH:"  # the enacting word is not a section


def test_a_word_decisions_articles_with_only_the_label_in_bold(tmp_path):
    path = make_docx(tmp_path / "qd.docx", "".join([
        p("QUYẾT ĐỊNH:", bold=True),
        para(run("Điều 1. ", bold=True), run("Thành lập tổ công tác chuyển đổi số của xã, gồm các thành viên "
                                              "có tên trong danh sách kèm theo Quyết định này.")),
        para(run("Điều 2. ", bold=True), run("Quyết định có hiệu lực từ ngày ký."))]))
    doc = checked(path)
    assert [(s.label, s.kind, s.level) for s in doc.root.children] == [("Điều 1.", "article", 1), ("Điều 2.", "article", 1)]
    assert lint_path(path, ["KT101", "KT104"]).findings == []


def test_articles_numbered_in_sequence_are_articles_whatever_the_kind():
    # the reader's outline, before the kind is known: "Điều 1.", "Điều 2." one after the other
    assert [s.label for s in outline(DECISION).root.children] == ["Điều 1.", "Điều 2.", "Điều 3."]
    as_report = outline(DECISION.replace("**QUYẾT ĐỊNH**", "**BÁO CÁO**"))
    assert [s.label for s in as_report.root.children] == ["Điều 1.", "Điều 2.", "Điều 3."]


LONE_ARTICLE = ("**BÁO CÁO**\n\nKết quả thi hành Luật Đất đai\n\n**1. Về quy định**\n\n"
                "Điều 5. Người sử dụng đất được cấp giấy chứng nhận khi có đủ điều kiện theo quy định.\n\n"
                "Quy định này đã đi vào cuộc sống.\n")


def test_a_lone_article_line_in_a_report_is_judged_by_its_shape():
    # one "Điều 5. …" sentence quotes a provision: no sequence, so it heads nothing
    doc = outline(LONE_ARTICLE)
    assert shape(doc.root) == ["1."]
    doc = parse_text(LONE_ARTICLE, "t.md", "md")
    build_outline(doc, ("article",))  # a kind whose units are articles: then it is one
    assert shape(doc.root) == [("1.", ["Điều 5."])]
    build_outline(doc)  # built again: the same blocks, the reader's outline
    assert shape(doc.root) == ["1."] and doc.blocks[3].kind == "paragraph"


def test_an_annex_caption_right_above_a_table_in_the_body_closes_nothing(lint_text):
    md = ("**I. KẾT QUẢ**\n\n**1. Về kinh tế**\n\nThu ngân sách vượt dự toán.\n\n**Phụ lục 1: Kết quả thu ngân sách**\n\n"
          "| Nguồn thu | Kết quả |\n|---|---|\n| Thuế | 12 tỷ đồng |\n\n**2. Về xã hội**\n\nGiảm nghèo đạt kế hoạch.\n")
    assert shape(outline(md).root) == [("I.", ["1.", "2."])]
    assert found(lint_text(md, ["KT101"])) == []
