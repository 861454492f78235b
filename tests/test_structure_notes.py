"""KT105 notes: Word footnotes, Markdown notes and note marks typed by hand."""

from docx_factory import SEPARATORS, footnote, make_docx, note_ref, para, run
from test_structure_support import found, lint_path


def notes(lint_text, text):
    return found(lint_text(text, ["KT105"]))


# -- Markdown notes ---------------------------------------------------------------------------
def test_markdown_notes_in_order_are_clean(lint_text):
    text = "Kết nạp 39 đảng viên[^1], vượt chỉ tiêu[^2].\n\n[^1]: Năm 2021.\n[^2]: Chỉ tiêu 36.\n"
    assert notes(lint_text, text) == []


def test_a_mark_without_its_note(lint_text):
    assert notes(lint_text, "Kết nạp 39 đảng viên[^7].\n") == [
        ("KT105", "warning", "Dấu chú thích [^7] dẫn tới một chú thích không có trong văn bản", "viên", [])]


def test_a_note_never_marked(lint_text):
    assert notes(lint_text, "Kết nạp 39 đảng viên.\n\n[^1]: Năm 2021 kết nạp 14.\n") == [
        ("KT105", "warning", "Chú thích [^1] không được đánh dấu ở chỗ nào trong văn bản", "Năm 2021 kết nạp 14.", [])]


def test_notes_out_of_order(lint_text):
    text = "Một[^1], hai[^3], ba[^2].\n\n[^1]: A.\n[^2]: B.\n[^3]: C.\n"
    assert notes(lint_text, text) == [
        ("KT105", "warning", "Chú thích [^2] đứng sau chú thích [^3]: số chú thích không theo thứ tự", "ba", [])]


def test_an_empty_note(lint_text):
    assert notes(lint_text, "Kết nạp 39 đảng viên[^1].\n\n[^1]:\n") == [
        ("KT105", "warning", "Chú thích [^1] không có nội dung", "viên", [])]


# -- Word notes -------------------------------------------------------------------------------
def test_word_notes_are_named_by_the_number_word_shows(tmp_path):
    body = (para(run("Nghị quyết chuyên đề"), note_ref(1), run(" và kế hoạch"), note_ref(9), run("."))
            + para(run("Ghi chú thêm"), note_ref(2)))
    path = make_docx(tmp_path / "d.docx", body, footnotes=SEPARATORS + footnote(1, "Gồm 05 nghị quyết.")
                     + footnote(2, "Theo kế hoạch.") + footnote(3, "Một chú thích bị bỏ quên khi sửa bản thảo."))
    assert found(lint_path(path, ["KT105"])) == [
        ("KT105", "warning", "Dấu chú thích số 2 dẫn tới một chú thích không có trong văn bản", "hoạch", []),
        ("KT105", "warning", "Chú thích “Một chú thích bị bỏ quên khi sửa bản th…” không được đánh dấu ở chỗ "
                             "nào trong văn bản", "Một chú thích bị bỏ quên khi sửa bản thảo.", []),
    ]


# -- notes typed by hand ----------------------------------------------------------------------
def test_typed_marks_with_their_notes_are_clean(lint_text):
    text = ("Ban hành 05 nghị quyết(1) và 03 đề án¹; số liệu ước tính (*).\n\n"
            "(1) Gồm các nghị quyết chuyên đề.\n\n¹ Về nông thôn mới.\n\n(*) Tính đến 31/5/2023.\n")
    assert notes(lint_text, text) == []


def test_typed_marks_without_notes(lint_text):
    text = "Ban hành 05 nghị quyết(7), 03 đề án² và 24 kế hoạch (*).\n"
    assert notes(lint_text, text) == [
        ("KT105", "warning", "Dấu chú thích gõ tay “(7)” không có lời chú thích tương ứng trong văn bản", "(7)", []),
        ("KT105", "warning", "Dấu chú thích gõ tay “²” không có lời chú thích tương ứng trong văn bản", "²", []),
        ("KT105", "warning", "Dấu chú thích gõ tay “(*)” không có lời chú thích tương ứng trong văn bản", "(*)", []),
    ]


def test_enumerations_units_and_numbered_clauses_are_not_note_marks(lint_text):
    text = ("Nhiệm vụ gồm: (1) tăng cường lãnh đạo; (2) đổi mới tuyên truyền.\n\n"
            "Nhân dân hiến 48.600 m² đất, 1.200 m³ cát; khoản 1 Điều 5(2) của Quy định.\n")
    assert notes(lint_text, text) == []


def test_typed_marks_out_of_order(lint_text):
    text = "Một(1), hai(3), ba(2).\n\n(1) A.\n\n(2) B.\n\n(3) C.\n"
    assert notes(lint_text, text) == [
        ("KT105", "warning", "Dấu chú thích “(2)” đứng sau “(3)”: số chú thích không theo thứ tự", "(2)", [])]


def test_note_lines_in_italics_explain_their_marks(lint_text):
    text = ("Gửi cho <người đại diện của tổ chức>(*) để biết; bản sao(**) lưu hồ sơ.\n\n*Ghi chú:*\n\n"
            "*(*) Ghi đúng chức danh của người nhận.*\n\n_(**) Áp dụng khi giao trực tiếp._\n")
    assert notes(lint_text, text) == []
    assert notes(lint_text, "Gửi cho người đại diện(*) để biết.\n\n*Ghi chú: không có.*\n") == [
        ("KT105", "warning", "Dấu chú thích gõ tay “(*)” không có lời chú thích tương ứng trong văn bản", "(*)", [])]


def test_a_mark_inside_quoted_wording_belongs_to_the_text_quoted(lint_text):
    text = ("Sửa tên phân nhóm “Dây dẫn điện khác (*), điện áp không quá 1.000 V” thành “Loại khác”; "
            "ghi chú theo mẫu (*).\n")
    result = lint_text(text, ["KT105"])
    assert [(f.message.vi, f.span.start, f.span.end) for f in result.findings] == [
        ("Dấu chú thích gõ tay “(*)” không có lời chú thích tương ứng trong văn bản", text.index("mẫu (*)") + 4,
         text.index("mẫu (*)") + 7)]
