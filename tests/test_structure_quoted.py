"""Quoted wording is not the draft's outline: an amending text gives the new wording of an article
in quotation marks after "… như sau:", with that article's own "Điều 7.", "1.", "a)"; a web page's
table flattened into lines holds bold cells and numbered rows that are not headings either."""

from docx_factory import make_docx, p

from kiemtra_lint.outline import build_outline
from kiemtra_lint.readers import read_document
from kiemtra_lint.readers.textfile import parse_text
from test_structure_support import found, lint_path

AMENDING = (
    "**NGHỊ QUYẾT**\n\nSửa đổi, bổ sung một số điều của Quy định hỗ trợ phát triển nông thôn\n\n"
    "**Điều 1. Sửa đổi, bổ sung một số điều của Quy định**\n\n"
    "1. Sửa đổi, bổ sung Điều 4 như sau:\n\n"
    "**“Điều 4. Hỗ trợ giống cây trồng**\n\n"
    "1. Đối tượng hỗ trợ\n\nCác hộ gia đình trồng lúa trên địa bàn xã.\n\n"
    "2. Mức hỗ trợ\n\na) Hỗ trợ 50% giá giống.\n\nb) Hỗ trợ tối đa 2 vụ mỗi năm.”.\n\n"
    "2. Sửa đổi, bổ sung Điều 6 như sau:\n\n"
    "“Điều 6. Hỗ trợ phân bón\n\n1. Nội dung hỗ trợ\n\nHỗ trợ một lần theo “Danh mục phân bón” của tỉnh.\n\n"
    "2. Kinh phí\n\nNgân sách xã bảo đảm.”\n\n"
    "{third}. Bãi bỏ khoản 2 Điều 9\n\n"
    "**Điều 2. Tổ chức thực hiện**\n\nỦy ban nhân dân xã tổ chức thực hiện.\n"
)


def outline(md: str):
    doc = parse_text(md, "t.md", "md")
    build_outline(doc)
    return doc


def shape(section):
    return [(c.label, shape(c)) if c.children else c.label for c in section.children]


def test_the_quoted_wording_of_an_amended_article_is_body_text():
    doc = outline(AMENDING.format(third=3))
    assert shape(doc.root) == [("Điều 1.", ["1.", "2.", "3."]), "Điều 2."]
    first = doc.root.children[0].children[0]
    assert [doc.blocks[i].text[:12] for i in first.blocks] == [
        "“Điều 4. Hỗ ", "1. Đối tượng", "Các hộ gia đ", "2. Mức hỗ tr", "a) Hỗ trợ 50", "b) Hỗ trợ tố"]


def test_no_numbering_finding_inside_quotes_and_a_slip_of_the_draft_is_still_found(lint_text):
    assert found(lint_text(AMENDING.format(third=3), ["KT101"])) == []
    assert found(lint_text(AMENDING.format(third=4), ["KT101"])) == [
        ("KT101", "warning", "Đánh số mục không liên tục: sau “2.” là “4.”, thiếu “3.”", "4.", ["2."])]


def test_a_quotation_never_closed_is_not_taken_as_one():
    md = ("**Điều 1. Nội dung**\n\n1. Sửa đổi Điều 4 như sau:\n\n**“Điều 4. Hỗ trợ giống**\n\n"
          "2. Kinh phí\n\nNgân sách xã bảo đảm.\n")
    assert shape(outline(md).root) == [("Điều 1.", [("1.", [""]), "2."])]


def test_a_quoted_line_not_announced_by_a_colon_keeps_the_outline():
    md = "**I. KẾT QUẢ**\n\n“Nói đi đôi với làm” được các chi bộ thực hiện.\n\n**II. HẠN CHẾ**\n\nNội dung.\n"
    assert shape(outline(md).root) == ["I.", "II."]


def test_quoted_articles_in_a_word_draft(tmp_path):
    path = make_docx(tmp_path / "nq.docx", "".join([
        p("Điều 1. Sửa đổi, bổ sung một số điều", bold=True), p("1. Sửa đổi Điều 4 như sau:"),
        p("“Điều 4. Hỗ trợ giống", bold=True), p("1. Đối tượng", bold=True), p("Các hộ trồng lúa."),
        p("2. Mức hỗ trợ", bold=True), p("Hỗ trợ 50% giá giống.”."), p("2. Bãi bỏ khoản 2 Điều 9"),
        p("Điều 2. Tổ chức thực hiện", bold=True), p("Ủy ban nhân dân xã tổ chức thực hiện.")]))
    doc = read_document(path)
    assert shape(doc.root) == [("Điều 1.", ["1.", "2."]), "Điều 2."]
    assert lint_path(path, ["KT101"]).findings == []


# each cell of the table on its own line, the bars between them: the rows become paragraphs
ROW = "|\n|\n- Trưởng ban\n|\n600\n|\nngười/ngày\n|"
FLATTENED = ("**I. CHI CHO HỘI ĐỒNG THI**\n\n|\n\n**TT**\n\n|\n\n**Nội dung chi**\n\n|\n|\n\n"
             f"**1. Ban chỉ đạo**\n\n{ROW}\n\n**5. Ban in sao đề**\n\n{ROW}\n\n"
             "**II. CHI KHÁC**\n\nNội dung.\n")


def test_cells_of_a_flattened_web_table_are_not_headings(lint_text):
    doc = outline(FLATTENED)
    assert shape(doc.root) == ["I.", "II."]
    assert [doc.blocks[i].text for i in doc.root.children[0].blocks][:3] == ["|", "TT", "|"]
    assert found(lint_text(FLATTENED, ["KT101"])) == []
