"""KT104 speaks only when a numbered section is plainly left empty; lists of bold numbered lines,
sentence-like items, lines in bold without a number, a doubtful outline and forms stay silent."""

from test_structure_support import found


def kt104(lint_text, text):
    return [(message, excerpt) for _, _, message, excerpt, _ in found(lint_text(text, ["KT104"]))]


def test_a_numbered_section_left_empty_before_a_higher_one(lint_text):
    text = ("**I. KẾT QUẢ**\n\n**1. Về kinh tế**\n\nTăng trưởng khá.\n\n**2. Về xã hội**\n\n"
            "**II. NHIỆM VỤ**\n\nTiếp tục phát triển.\n")
    assert kt104(lint_text, text) == [
        ("Mục “2. Về xã hội” không có nội dung: ngay sau là đề mục “II. NHIỆM VỤ”", "2. Về xã hội")]


def test_a_run_of_empty_bold_numbered_lines_is_a_list(lint_text):
    text = ("**I. PHẠM VI**\n\nCác hoạt động gồm:\n\n**1. Tổ chức hội thi**\n\n**2. Tổ chức hội diễn**\n\n"
            "**3. Tổ chức triển lãm**\n\n**II. TỔ CHỨC THỰC HIỆN**\n\nCác phòng thực hiện.\n")
    assert kt104(lint_text, text) == []


def test_an_item_ending_like_a_sentence_is_not_an_empty_section(lint_text):
    text = ("**I. NỘI DUNG**\n\n**1. Địa điểm: hội trường xã.**\n\nNội dung khác.\n\n"
            "**2. Thành phần tham dự:**\n\n**II. KINH PHÍ**\n\nTừ ngân sách xã.\n")
    assert kt104(lint_text, text) == []


def test_a_bold_line_without_a_number_is_not_judged(lint_text):
    text = "**I. NỘI DUNG**\n\nCác nội dung chính.\n\n**QUYẾT NGHỊ:**\n\n**II. KINH PHÍ**\n\nTừ ngân sách.\n"
    assert kt104(lint_text, text) == []
    text = "**I. NỘI DUNG**\n\nCác nội dung chính.\n\n**II. KINH PHÍ**\n\n**Nguồn ngân sách xã**\n\nCấp đủ.\n"
    assert kt104(lint_text, text) == []


def test_a_usually_deeper_label_after_an_empty_one_puts_the_outline_in_doubt(lint_text):
    # "1." was met before "I." here, so the outline reads "1." as the outer level
    text = ("**1. Mở đầu**\n\nLời mở đầu.\n\n**I. MỤC TIÊU**\n\nMục tiêu chung.\n\n**II. NHIỆM VỤ**\n\n"
            "**1. Về dữ liệu**\n\nXây dựng dữ liệu.\n")
    assert kt104(lint_text, text) == []


def test_empty_sections_of_an_annex_form_are_fields(lint_text):
    text = ("**I. NỘI DUNG**\n\nCác nội dung chính.\n\n**PHỤ LỤC**\n\n**MẪU BÁO CÁO**\n\n"
            "**I. Tình hình chung**\n\n**II. Kết quả**\n\nGhi kết quả.\n")
    assert kt104(lint_text, text) == []


def test_an_article_whose_line_is_its_provision_needs_no_body_and_a_bare_title_does(lint_text):
    provision = ("**Điều 2. Sửa đổi hệ số phụ cấp trách nhiệm của chức danh Trưởng ban, Phó Trưởng ban và "
                 "Ủy viên chuyên trách tại điểm 3 mục II của bảng phụ cấp ban hành kèm theo Nghị quyết**")
    text = (f"**Điều 1. Phạm vi**\n\nNghị quyết quy định phụ cấp.\n\n{provision}\n\n"
            "**Điều 3. Kinh phí**\n\nNgân sách tỉnh bảo đảm.\n\n**Điều 4. Hiệu lực thi hành**\n\n"
            "**Điều 5. Tổ chức thực hiện**\n\nỦy ban nhân dân tỉnh thực hiện.\n")
    assert kt104(lint_text, text) == [
        ("Mục “Điều 4. Hiệu lực thi hành” không có nội dung: ngay sau là đề mục “Điều 5. Tổ chức thực hiện”",
         "Điều 4. Hiệu lực thi hành")]


def test_an_article_with_only_its_label_in_bold_states_its_provision(lint_text):
    text = ("**QUYẾT ĐỊNH**\n\nVề việc bãi bỏ văn bản\n\n**QUYẾT ĐỊNH:**\n\n**Điều 1.** Bãi bỏ Quyết định số 15/2020/QĐ-UBND\n\n"
            "Các quy định trước đây trái với Quyết định này đều bãi bỏ.\n\n**Điều 2.** Giao Văn phòng theo dõi việc thực hiện\n\n"
            "**Điều 3. Hiệu lực thi hành**\n\nQuyết định có hiệu lực từ ngày ký.\n")
    assert kt104(lint_text, text) == []
    bare = text.replace("**Điều 2.** Giao Văn phòng theo dõi việc thực hiện", "**Điều 2. Tổ chức thực hiện**")
    assert kt104(lint_text, bare) == [
        ("Mục “Điều 2. Tổ chức thực hiện” không có nội dung: ngay sau là đề mục “Điều 3. Hiệu lực thi hành”",
         "Điều 2. Tổ chức thực hiện")]
