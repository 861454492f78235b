"""The type line and its summary (trích yếu) in .md/.txt drafts, where bold and centring are lost."""

import pytest
from test_structure_support import checked, found

from kiemtra_lint.readers import read_document

STATE_HEAD = ("| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
              "| XÃ AN HÒA | Độc lập - Tự do - Hạnh phúc |\n| Số: 15/QĐ-UBND | An Hòa, ngày 02 tháng 3 năm 2024 |\n\n")


def title_of(tmp_path, text, name="d.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path).title


@pytest.mark.parametrize("name", ["d.md", "d.txt"])
def test_a_plain_line_under_the_type_line_is_the_summary(tmp_path, name):
    text = "KẾ HOẠCH\n\nTổ chức hội thi tiếng hát học sinh năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    assert title_of(tmp_path, text, name) == "KẾ HOẠCH Tổ chức hội thi tiếng hát học sinh năm 2024"


def test_a_summary_in_capitals_run_together_with_the_first_grounds(tmp_path):
    text = ("**QUYẾT ĐỊNH**\n\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA TỔ CÔNG TÁC XÃ AN HÒA *Căn cứ Luật Tổ chức chính "
            "quyền địa phương; Căn cứ Quyết định số 01/QĐ-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân "
            "xã; Căn cứ đề nghị của Văn phòng Ủy ban nhân dân xã về quy chế làm việc của tổ công tác*\n\n"
            "**Điều 1.** Ban hành kèm theo Quyết định này Quy chế làm việc.\n")
    assert title_of(tmp_path, text).startswith("QUYẾT ĐỊNH BAN HÀNH QUY CHẾ LÀM VIỆC")


def test_grounds_and_sentences_are_not_a_summary(tmp_path):
    assert title_of(tmp_path, "QUYẾT ĐỊNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n") == "QUYẾT ĐỊNH"
    assert title_of(tmp_path, "KẾ HOẠCH\n\nỦy ban nhân dân xã xây dựng kế hoạch như sau.\n") == "KẾ HOẠCH"


def test_the_enacting_word_of_a_decision_is_not_its_type_line(tmp_path):
    text = "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành lập tổ công tác.\n"
    assert title_of(tmp_path, text) == ""


def test_no_summary_finding_for_a_plain_summary_and_still_one_without(lint_text):
    tail = "\nĐiều 1. Thành lập tổ công tác.\n"
    plain = STATE_HEAD + "QUYẾT ĐỊNH\n\nVề việc thành lập tổ công tác\n" + tail
    assert [f for f in found(lint_text(plain, ["KT103"])) if "trích yếu" in f[2]] == []
    bare = STATE_HEAD + "QUYẾT ĐỊNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n" + tail
    assert [f[2:4] for f in found(lint_text(bare, ["KT103"])) if "trích yếu" in f[2]] == [
        ("Sau tên loại “QUYẾT ĐỊNH” thiếu trích yếu nội dung (một dòng nêu báo cáo về việc gì)", "QUYẾT ĐỊNH")]


def test_a_motto_run_together_with_the_number_counts(lint_text):
    head = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc ---- Số: 15/QĐ-UBND\n\n"
            "ỦY BAN NHÂN DÂN XÃ AN HÒA\n\n")
    text = head + "QUYẾT ĐỊNH\n\nVề việc thành lập tổ công tác\n\nĐiều 1. Thành lập tổ công tác.\n"
    assert [f for f in found(lint_text(text, ["KT103"])) if "tiêu ngữ" in f[2]] == []


def test_a_summary_styled_like_its_type_line_in_markdown(tmp_path):
    text = "## NGHỊ QUYẾT\n\n## Về điều chỉnh dự toán ngân sách xã năm 2024\n\n## HỘI ĐỒNG NHÂN DÂN XÃ\n"
    assert title_of(tmp_path, text) == "NGHỊ QUYẾT Về điều chỉnh dự toán ngân sách xã năm 2024"


def test_a_chapter_title_is_not_the_type_line(tmp_path):
    text = "**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n**Điều 1. Phạm vi**\n\nQuy chế này quy định việc họp.\n"
    assert title_of(tmp_path, text) == ""


def test_a_motto_running_on_into_a_long_converted_row_counts(lint_text):
    head = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc --------------- | | Số: 15/QĐ-UBND "
            "*V/v triển khai kế hoạch tổ chức hội thi tiếng hát học sinh năm 2024* | *An Hòa, ngày 02 tháng 3 năm 2024* |\n\n"
            "ỦY BAN NHÂN DÂN XÃ AN HÒA\n\n")
    text = head + "QUYẾT ĐỊNH\n\nVề việc thành lập tổ công tác\n\nĐiều 1. Thành lập tổ công tác.\n"
    assert [f for f in found(lint_text(text, ["KT103"])) if "tiêu ngữ" in f[2]] == []


def test_the_enacting_authority_under_the_summary_is_not_part_of_the_title(tmp_path):
    text = (STATE_HEAD + "**QUYẾT ĐỊNH**\n\n**Về việc thành lập tổ công tác chuyển đổi số**\n\n"
            "**CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN HÒA**\n\n*Căn cứ Luật Tổ chức chính quyền địa phương;*\n\n"
            "**QUYẾT ĐỊNH:**\n\n**Điều 1.** Thành lập tổ công tác.\n")
    assert title_of(tmp_path, text) == "QUYẾT ĐỊNH Về việc thành lập tổ công tác chuyển đổi số"
    # a summary in capitals over two lines keeps both: the second is not followed by the grounds
    wrapped = ("**QUYẾT ĐỊNH**\n\n**VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC**\n\n**CỦA TỔ CÔNG TÁC CHUYỂN ĐỔI SỐ**\n\n"
               "**ỦY BAN NHÂN DÂN XÃ AN HÒA**\n\n*Căn cứ Luật Tổ chức chính quyền địa phương;*\n")
    assert title_of(tmp_path, wrapped) == \
        "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA TỔ CÔNG TÁC CHUYỂN ĐỔI SỐ"


def test_the_enacting_authority_of_a_word_decision(tmp_path):
    from docx_factory import make_docx, p

    path = make_docx(tmp_path / "qd.docx", "".join([
        p("QUYẾT ĐỊNH", bold=True), p("Về việc thành lập tổ công tác chuyển đổi số", bold=True),
        p("BỘ TRƯỞNG BỘ NỘI VỤ", bold=True), p("Căn cứ Luật Tổ chức Chính phủ;"), p("QUYẾT ĐỊNH:", bold=True),
        p("Điều 1. Thành lập tổ công tác.")]))
    doc = checked(path)
    assert doc.title == "QUYẾT ĐỊNH Về việc thành lập tổ công tác chuyển đổi số"
    assert [s.label for s in doc.root.children] == ["Điều 1."]
