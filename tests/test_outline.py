"""The section tree: heading recognition and levels learned per document."""

from pathlib import Path

from docx_factory import make_docx, numbered, p

from kiemtra_lint.readers import read_document
from kiemtra_lint.readers.textfile import parse_text
from kiemtra_lint.outline import build_outline


def outline(md: str):
    doc = parse_text(md, "t.md", "md")
    build_outline(doc)
    return doc


def shape(section):
    return [(c.label, c.title, [x for x in shape(c)]) if c.children else (c.label, c.title) for c in section.children]


def test_ladder_learned_from_order_a_roman_arabic():
    doc = outline("**A. KẾT QUẢ**\n\n**I. Ưu điểm**\n\n**1. Chính trị**\n\nNội dung.\n\n**1.1. Tư tưởng**\n\n"
                  "**a) Học tập**\n\n**2. Kinh tế**\n\n**II. Hạn chế**\n\n**B. PHƯƠNG HƯỚNG**\n")
    assert shape(doc.root) == [
        ("A.", "KẾT QUẢ", [("I.", "Ưu điểm", [("1.", "Chính trị", [("1.1.", "Tư tưởng", [("a)", "Học tập")])]),
                                              ("2.", "Kinh tế")]),
                           ("II.", "Hạn chế")]),
        ("B.", "PHƯƠNG HƯỚNG")]
    levels = {b.text: b.heading_level for b in doc.blocks if b.kind == "heading"}
    assert levels["a) Học tập"] == 5 and levels["B. PHƯƠNG HƯỚNG"] == 1


def test_roman_on_top_when_no_letters():
    doc = outline("**I. KẾT QUẢ**\n\n**1. Chính trị**\n\n**II. HẠN CHẾ**\n")
    assert shape(doc.root) == [("I.", "KẾT QUẢ", [("1.", "Chính trị")]), ("II.", "HẠN CHẾ")]


def test_long_numbered_paragraph_ending_with_full_stop_is_a_list_item():
    long_item = "1. Tổ chức quán triệt, triển khai thực hiện nghiêm túc các nghị quyết, chỉ thị của Trung ương, " \
                "của Tỉnh ủy về công tác xây dựng Đảng và hệ thống chính trị trong toàn Đảng bộ huyện, gắn với " \
                "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
    doc = outline(f"**I. KẾT QUẢ**\n\n{long_item}\n\n2. Thực hiện tốt công tác dân vận.\n")
    assert [b.text[:5] for b in doc.blocks if b.kind == "heading"] == ["I. KẾ"]
    assert doc.root.children[0].blocks == [1, 2]


def test_plain_labelled_lines_are_list_items_where_the_draft_bolds_that_kind():
    doc = outline("**I. KẾT QUẢ**\n\n**1. Chính trị**\n\n1. Đồng chí Nguyễn Văn A\n\n2. Đồng chí Trần Văn B\n\n"
                  "**2. Kinh tế**\n")
    assert [c.label for c in doc.root.children[0].children] == ["1.", "2."]
    assert len(doc.root.children[0].children[0].blocks) == 2


def test_part_and_its_caps_title_line_are_one_section():
    doc = outline("**Phần thứ nhất**\n\nTÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN\n\n**I. Kết quả**\n\nNội dung.\n\n"
                  "**Phần thứ hai**\n\nNHIỆM VỤ, GIẢI PHÁP\n")
    parts = doc.root.children
    assert [(s.label, s.title) for s in parts] == [("Phần thứ nhất", "TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN"),
                                                   ("Phần thứ hai", "NHIỆM VỤ, GIẢI PHÁP")]
    assert parts[0].children[0].label == "I."
    assert parts[0].blocks == []  # the title line is part of the heading


def test_bullets_and_ordinal_words_are_not_headings():
    doc = outline("**I. KẾT QUẢ**\n\n**- Về chính trị**\n\n**Một là, tăng cường**\n\n**Ưu điểm nổi bật**\n")
    assert [c.title for c in doc.root.children[0].children] == ["Ưu điểm nổi bật"]


def test_front_matter_and_signature_are_not_sections():
    doc = outline("**ĐẢNG BỘ TỈNH BÌNH ĐỊNH**\n\n**BÁO CÁO**\n\n**Kiểm điểm nhiệm kỳ 2020 - 2025**\n\n"
                  "**I. KẾT QUẢ**\n\nNội dung.\n\n**T/M HUYỆN ỦY**\n\n**BÍ THƯ**\n")
    assert doc.title == "BÁO CÁO Kiểm điểm nhiệm kỳ 2020 - 2025"
    assert [c.label for c in doc.root.children] == ["I."]
    assert doc.root.blocks == [0, 1, 2]


def test_i_after_h_is_a_letter(tmp_path):
    md = "\n\n".join(f"**{ch}. Mục {ch}**" for ch in "ABCDEGHI") + "\n"
    doc = outline(md)
    assert [c.kind for c in doc.root.children] == ["upper"] * 8
    assert doc.root.children[-1].number == 10


def test_styled_headings_use_word_outline_levels(tmp_path):
    body = (p("Phần thứ nhất", style="Heading1") + p("TÌNH HÌNH CHUNG", style="Heading1")
            + p("I. Kết quả", style="Heading2") + p("1. Về kinh tế", bold=True) + p("Nội dung.")
            + p("Mở đầu không số", style="Tieude") + p("II. Hạn chế", style="Heading2"))
    doc = read_document(make_docx(tmp_path / "s.docx", body))
    part = doc.root.children[0]
    assert (part.label, part.title) == ("Phần thứ nhất", "TÌNH HÌNH CHUNG")
    assert [(c.label, c.title) for c in part.children] == [("I.", "Kết quả"), ("", "Mở đầu không số"),
                                                          ("II.", "Hạn chế")]
    assert part.children[0].children[0].label == "1."


def test_rendered_list_labels_give_the_same_tree_as_typed(tmp_path):
    numbering = """
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"""
    auto = (numbered("KẾT QUẢ", 1, 0, bold=True) + numbered("Chính trị", 1, 1, bold=True)
            + numbered("Tư tưởng", 1, 2, bold=True) + numbered("Tổ chức", 1, 2, bold=True)
            + numbered("Kinh tế", 1, 1, bold=True) + numbered("HẠN CHẾ", 1, 0, bold=True)
            + numbered("Chính trị", 1, 1, bold=True))
    typed = (p("I. KẾT QUẢ", bold=True) + p("1. Chính trị", bold=True) + p("1.1. Tư tưởng", bold=True)
             + p("1.2. Tổ chức", bold=True) + p("2. Kinh tế", bold=True) + p("II. HẠN CHẾ", bold=True)
             + p("1. Chính trị", bold=True))
    from kiemtra_lint.report.tree import tree_json

    a = tree_json(read_document(make_docx(tmp_path / "auto.docx", auto, numbering=numbering)))
    b = tree_json(read_document(make_docx(tmp_path / "typed.docx", typed)))
    a.pop("path"), b.pop("path")
    assert a == b
    assert [s["label"] for s in a["sections"]] == ["I.", "II."]
    assert [s["label"] for s in a["sections"][0]["children"][0]["children"]] == ["1.1.", "1.2."]


def test_table_captions_are_not_headings(tmp_path):
    from docx_factory import table

    body = (p("I. KẾT QUẢ", bold=True) + p("3.2. Về thủ tục", bold=True)
            + p("Kết quả giải quyết hồ sơ năm 2023", bold=True, ppr='<w:jc w:val="center"/>')
            + table([["Lĩnh vực", "Số hồ sơ"], ["Đất đai", "120"]])
            + p("Bảng 2. Chỉ số hài lòng", bold=True) + p("Nội dung.") + p("a) Đất đai", bold=True))
    doc = read_document(make_docx(tmp_path / "c.docx", body))
    sub = doc.root.children[0].children[0]
    assert sub.label == "3.2." and [c.label for c in sub.children] == ["a)"]
