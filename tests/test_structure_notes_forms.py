"""KT105 typed note marks: explained after "Ghi chú:", numbered fields of an annex form, areas."""

from test_structure_support import found


def kt105(lint_text, text):
    return [(message, excerpt) for _, _, message, excerpt, _ in found(lint_text(text, ["KT105"]))]


def test_a_star_explained_by_a_note_line_below(lint_text):
    text = "Tổng thu ngân sách đạt 312 tỷ đồng(*).\n\nGhi chú: (*) Số liệu ước thực hiện đến ngày 15/12.\n"
    assert kt105(lint_text, text) == []
    text = "Tổng thu ngân sách đạt 312 tỷ đồng(*).\n\n**Ghi chú:** (1) Số liệu ước.\n"
    assert kt105(lint_text, text) == [
        ("Dấu chú thích gõ tay “(*)” không có lời chú thích tương ứng trong văn bản", "(*)")]


def test_numbered_fields_of_an_annex_form(lint_text):
    body = "Kính đề nghị Sở Xây dựng(1) xem xét.\n\n"
    form = "Mẫu số 02\n\nKính gửi: ........(1)........\n\nTên đơn vị: ......(2)......\n"
    assert kt105(lint_text, body + form) == [
        ("Dấu chú thích gõ tay “(1)” không có lời chú thích tương ứng trong văn bản", "(1)")]


def test_an_area_with_the_number_glued_to_its_unit(lint_text):
    assert kt105(lint_text, "Diện tích tự nhiên là 9.361,38km², dân số 4 triệu người.\n") == []
    assert kt105(lint_text, "Theo nghị quyết của Tỉnh ủy²\n") == [
        ("Dấu chú thích gõ tay “²” không có lời chú thích tương ứng trong văn bản", "²")]
