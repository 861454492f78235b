"""KT106 in annex forms: a form's dotted lines, blank dates and signing instructions are its fields."""

from test_structure_support import found

from kiemtra_lint.rules.structure.forms import opens_form

BODY = ("**QUYẾT ĐỊNH**\n\nBan hành mẫu phiếu đăng ký tham gia hội thi\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này mẫu phiếu đăng ký.\n\n"
        "Điều 2. Xã ………… chịu trách nhiệm thi hành Quyết định này.\n\n")
FORM = ("Mẫu số 01\n\n*(Ban hành kèm theo Quyết định số 15/QĐ-UBND)*\n\n**PHIẾU ĐĂNG KÝ**\n\n"
        "Họ và tên: ……………………………………\n\nĐơn vị công tác: ........................................\n\n"
        "Xã ……, ngày … tháng … năm 20…\n\n| Người đăng ký (Ký, ghi rõ họ tên) | Thủ trưởng (Ký tên, đóng dấu) |\n"
        "|---|---|\n| | |\n\nMã số: XXX ??? \n")


def kt106(lint_text, text):
    return [(message, excerpt) for _, _, message, excerpt, _ in found(lint_text(text, ["KT106"]))]


def test_blanks_in_the_form_are_fields_and_the_body_blank_is_still_found(lint_text):
    assert kt106(lint_text, BODY + FORM) == [
        ("Chỗ trống chưa điền “…………”", "…………"),
        ("Dấu hỏi đánh dấu chỗ cần xem lại “???” còn sót trong văn bản", "???"),
    ]


def test_without_the_form_title_the_same_blanks_are_unfinished_text(lint_text):
    form_body = FORM.replace("Mẫu số 01\n\n*(Ban hành kèm theo Quyết định số 15/QĐ-UBND)*\n\n", "")
    assert [excerpt for _, excerpt in kt106(lint_text, BODY + form_body)] == [
        "…………", "……………………………………", "........................................", "……",
        "ngày … tháng … năm 20…", "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", "XXX", "???"]


def test_web_leftovers_in_an_annex_are_still_found(lint_text):
    assert kt106(lint_text, "Phụ lục II\n\nDanh mục thủ tục\n\nXem thêm: Thủ tục cấp phép xây dựng\n") == [
        ("Phần thừa khi chép từ trang web: “Xem thêm: Thủ tục cấp phép xây dựng”",
         "Xem thêm: Thủ tục cấp phép xây dựng")]


def test_what_opens_a_form():
    assert opens_form("PHỤ LỤC I")
    assert opens_form("| **Mẫu số 02/TK** |")
    assert opens_form("(Ban hành kèm theo Thông tư số 01/2024/TT-BNV)")
    assert opens_form("Biểu mẫu báo cáo kết quả")
    assert not opens_form("Các mẫu biểu được gửi kèm theo công văn này để các xã thực hiện.")
    assert not opens_form("Theo Phụ lục I kèm theo.")
    assert not opens_form("Phụ lục " + "danh mục " * 30)  # a long paragraph is body text
    assert opens_form("Dưới đây là mẫu phiếu khảo sát ý kiến (Mẫu số 02):")
    assert opens_form("Dưới đây**** là các biểu mẫu báo cáo định kỳ:")
    assert not opens_form("Dưới đây là mẫu phiếu khảo sát ý kiến.")  # no colon: nothing follows
    assert not opens_form("Dưới đây là kết quả khảo sát ý kiến:")


def test_a_form_announced_by_dưới_đây_là_mẫu(lint_text):
    text = ("Xã ………… chưa gửi báo cáo.\n\nDưới đây là mẫu giấy mời họp (Mẫu số 03):\n\n"
            "Kính mời ông (bà): ……………………………\n\nThời gian: … giờ, ngày …/…/2025\n")
    assert kt106(lint_text, text) == [("Chỗ trống chưa điền “…………”", "…………")]


def test_an_enumeration_after_a_comma_a_rule_line_and_a_phone_are_not_blanks(lint_text):
    text = ("Hỗ trợ sinh viên qua điện thoại, email, nhóm Zalo, ... giúp các em học tốt hơn.\n\n"
            "Liên hệ qua các kênh (điện thoại, thư điện tử).\n\n____________________\n\n"
            "| ____________________ [1] Theo báo cáo của xã |\n|---|\n\n"
            "Xã ... có 14 thôn.\n\nHọ và tên người báo cáo: ________\n\nĐơn vị (điền tên đơn vị) báo cáo.\n")
    assert [excerpt for _, excerpt in kt106(lint_text, text)] == ["...", "________", "(điền tên đơn vị)"]
