"""Headings that wrap onto a second bold line, and letter labels that lose their space before the
dash ("B -NHIỆM VỤ"): one heading each, in .md and in .docx, typed or from a Word list."""

from docx_factory import make_docx, numbered, p

from kiemtra_lint.readers import read_document
from kiemtra_lint.report.tree import tree_json

NUMBERING = """
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%2."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"""

MD = ("**A. KẾT QUẢ**\n\n**I. CÔNG TÁC CHUNG**\n\nNội dung.\n\n**II. NHIỆM VỤ VÀ GIẢI PHÁP**\n**TRỌNG TÂM**\n\n"
      "1. Thời gian tổ chức: từ ngày 05/3 đến ngày 10/3/2024.\n\nSố lớp: 24\n\n**B -NHIỆM VỤ**\n\n"
      "**I. MỤC TIÊU**\n\nNội dung.\n")


def _outline(sections):
    return [(s["label"], s["title"], _outline(s["children"])) for s in sections]


EXPECTED = [("A.", "KẾT QUẢ", [("I.", "CÔNG TÁC CHUNG", []), ("II.", "NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM", [])]),
            ("B -", "NHIỆM VỤ", [("I.", "MỤC TIÊU", [])])]


def test_a_wrapped_bold_heading_and_a_dash_glued_to_its_title_in_markdown(tmp_path):
    path = tmp_path / "d.md"
    path.write_text(MD, encoding="utf-8")
    assert _outline(tree_json(read_document(path))["sections"]) == EXPECTED


def test_the_same_in_word_typed_and_list_numbered(tmp_path):
    typed = make_docx(tmp_path / "typed.docx", p("A. KẾT QUẢ", bold=True) + p("I. CÔNG TÁC CHUNG", bold=True)
                      + p("Nội dung.") + p("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True) + p("TRỌNG TÂM", bold=True)
                      + p("Nội dung.") + p("B -NHIỆM VỤ", bold=True) + p("I. MỤC TIÊU", bold=True) + p("Nội dung."))
    listed = make_docx(tmp_path / "list.docx", numbered("KẾT QUẢ", 1, 0, bold=True)
                       + numbered("CÔNG TÁC CHUNG", 1, 1, bold=True) + p("Nội dung.")
                       + numbered("NHIỆM VỤ VÀ GIẢI PHÁP", 1, 1, bold=True) + p("TRỌNG TÂM", bold=True)
                       + p("Nội dung.") + numbered("NHIỆM VỤ", 1, 0, bold=True)
                       + numbered("MỤC TIÊU", 1, 1, bold=True) + p("Nội dung."), numbering=NUMBERING)
    assert _outline(tree_json(read_document(typed))["sections"]) == EXPECTED
    assert _outline(tree_json(read_document(listed))["sections"]) == [
        ("A.", "KẾT QUẢ", EXPECTED[0][2]), ("B.", "NHIỆM VỤ", EXPECTED[1][2])]


def test_a_bold_sentence_under_a_heading_is_not_its_second_line(tmp_path):
    path = tmp_path / "d.md"
    path.write_text("**I. KẾT QUẢ**\n\n**Các xã hoàn thành chỉ tiêu.**\n\nNội dung.\n", encoding="utf-8")
    assert [s["title"] for s in tree_json(read_document(path))["sections"]] == ["KẾT QUẢ"]
