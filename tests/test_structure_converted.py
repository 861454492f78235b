"""Structure rules on the shapes that converted web pages and copied forms leave (issue 16):
nothing is said where the numbering is intact in the text, and real slips are still found."""

from test_structure_support import found

LONG = "có trách nhiệm hướng dẫn, kiểm tra, đôn đốc các đơn vị thực hiện đúng tiến độ đã đề ra trong năm."


def kt101(lint_text, text):
    return [(f[2], f[3]) for f in found(lint_text(text, ["KT101"]))]


def test_bold_marks_left_between_a_number_and_its_title(lint_text):
    text = ("**I. MỤC TIÊU**\n\nNội dung.\n\n**II.** **NHIỆM VỤ**\n\nNội dung.\n\n"
            "**III. ****TỔ CHỨC THỰC HIỆN**\n\nNội dung.\n")
    assert kt101(lint_text, text) == []
    assert [f.place["location"]["section"] for f in lint_text(text + "**V. KIẾN NGHỊ**\n\nNội dung.\n",
                                                              ["KT101"]).findings] == [["V."]]


def test_a_missing_item_run_into_the_heading_before_is_no_gap(lint_text):
    text = ("**1. Quan trắc**\n\n**a. Thời gian: từ tháng 3 đến tháng 11 hằng năm b. Địa điểm quan trắc**\n\n"
            "Nội dung.\n\n**c. Thông số quan trắc**\n\nNội dung.\n")
    assert kt101(lint_text, text) == []


def test_a_missing_item_inside_a_flattened_table_row_is_no_gap(lint_text):
    text = ("**I. MỨC CHI**\n\n**1. Ban chỉ đạo**\n\n"
            "| | - Trưởng ban | 500 | | **2. Hội đồng thi** | | - Ủy viên | 400 |\n\n"
            "**3. Ban coi thi**\n\nNội dung.\n")
    assert kt101(lint_text, text) == []


def test_a_real_gap_is_still_found(lint_text):
    text = "**I. MỨC CHI**\n\n**1. Ban chỉ đạo**\n\nTrưởng ban 500 đồng.\n\n**3. Ban coi thi**\n\nNội dung.\n"
    assert kt101(lint_text, text) == [("Đánh số mục không liên tục: sau “1.” là “3.”, thiếu “2.”", "3.")]


def test_a_bare_table_number_is_the_parent_of_its_sub_items(lint_text):
    text = ("**I. MỨC CHI**\n\nNội dung.\n\n12\n\n**12.1 Xây dựng đề thi**\n\nNội dung.\n\n"
            "**12.2 Phản biện**\n\nNội dung.\n")
    assert "bỏ qua cấp" not in " ".join(m for m, _ in kt101(lint_text, text))


def test_a_bold_lead_in_paragraph_carries_the_parent_number(lint_text):
    text = ("**1. Sở Tài chính:** chủ trì thẩm định.\n\n**2. Các sở, ngành:** Là các đơn vị được lấy ý kiến, "
            f"{LONG}\n\n**2.1. Trách nhiệm chung**\n\nNội dung.\n\n**2.2. Trách nhiệm cụ thể**\n\nNội dung.\n")
    assert kt101(lint_text, text) == []
    slip = text.replace("**2. Các sở, ngành:** Là", "Các sở, ngành là")
    assert kt101(lint_text, slip) == [("Mục “2.1.” nằm ngay dưới đầu văn bản, bỏ qua cấp “2.”", "2.1.")]


def test_a_letter_part_read_under_another_parent_is_not_missing(lint_text):
    """A form's "A." nested by the outline elsewhere: "B." is not the first of its letters."""
    text = ("**PHIẾU ĐÁNH GIÁ**\n\n**I. THÔNG TIN CHUNG**\n\nHọ và tên.\n\n**A. KẾT QUẢ ĐÁNH GIÁ**\n\nĐiểm.\n\n"
            "**1. Tiêu chí chung**\n\nĐiểm.\n\n**B. TỰ NHẬN XÉT**\n\nNội dung.\n")
    assert [m for m, _ in kt101(lint_text, text) if "thiếu “A.”" in m] == []


def test_a_list_restarts_under_a_parent_the_outline_did_not_read(lint_text):
    text = (f"**1. Đối tượng thứ nhất**\n\n**a) Mức hỗ trợ**\n\nNội dung.\n\n**b) Hồ sơ**\n\nNội dung.\n\n"
            f"**c) Trình tự**\n\nNội dung.\n\n2. Các đối tượng theo điểm c khoản 1 {LONG}\n\n"
            "**a) Mức kinh phí:**\n\nNội dung.\n")
    assert kt101(lint_text, text) == []
    restart = text.replace(f"2. Các đối tượng theo điểm c khoản 1 {LONG}", f"Các đối tượng khác {LONG}")
    assert kt101(lint_text, restart) == [("Đánh số mục bị bắt đầu lại: sau “c)” lại là “a)”", "a)")]


def test_a_quoted_first_heading_with_an_elision_under_it(lint_text):
    text = ("Kế hoạch số 12/KH-UBND quy định như sau:\n\n**II. NHIỆM VỤ CHỦ YẾU**\n\n...\n\n"
            "**2. Định hướng**\n\nNội dung.\n")
    assert [m for m, _ in kt101(lint_text, text) if "II." in m] == []
    drafted = text.replace("...\n\n", "Nội dung.\n\n")
    assert ("Mục đầu tiên cùng cấp lại đánh số “II.”, thiếu “I.”", "II.") in kt101(lint_text, drafted)


def test_an_excerpt_starting_at_a_later_article(lint_text):
    text = ("Nội dung không quy định tại đây thực hiện theo Luật.\n\n**Điều 2. Đối tượng áp dụng**\n\n"
            "Cơ quan nhà nước.\n\n"
            "**Chương II**\n\n**THẨM QUYỀN QUYẾT ĐỊNH**\n\n**Điều 3. Thẩm quyền giao tài sản**\n\nNội dung.\n")
    assert kt101(lint_text, text) == []


def test_punctuation_of_annex_forms_is_their_own(lint_text):
    body = ("**I. MỤC TIÊU**\n\n**a. Chung**\n\nNội dung.\n\n**b. Cụ thể**\n\nNội dung.\n\n"
            "**c. Chỉ tiêu**\n\nNội dung.\n\n")
    form = "**Mẫu số 04. Bản thuyết minh**\n\n**1. Trụ sở**\n\n**a) Diện tích:** ……\n\n**b) Bố trí phòng:** ……\n"
    assert kt101(lint_text, body + form) == []


def test_copies_counted_in_the_recipients_list_are_no_note_marks(lint_text):
    text = ("**I. KẾT QUẢ**\n\nNội dung.\n\n| Nơi nhận: - Như Điều 3; - Lưu: VT, KHTC (89). | KT. BỘ TRƯỞNG |\n\n"
            "Kết quả thực hiện(7).\n")
    assert [(f[0], f[3]) for f in found(lint_text(text, ["KT105"]))] == [("KT105", "(7)")]


BLANK_FORM = ("**PHỤ LỤC**\n\n**NỘI QUY CHỢ**\n\n*(Kèm theo Quyết định số 82/2025/QĐ-UBND ngày 21/11/2025)*\n\n"
              "TỔ CHỨC QUẢN LÝ CHỢ…….\n\n- Khi dùng điện, nước ... phải đăng ký.\n")


def test_blanks_after_a_kem_theo_line_are_a_forms_fields(lint_text):
    text = "Ủy ban ban hành nội quy mẫu.\n\n" + BLANK_FORM.replace("**PHỤ LỤC**\n\n", "")
    assert found(lint_text(text, ["KT106"])) == []


def test_blanks_after_a_sentence_announcing_a_form(lint_text):
    text = ("Căn cứ Nghị định quy định mẫu báo cáo.\n\nTheo đó, **Mẫu số 28** mẫu báo cáo kết quả như sau:\n\n"
            "BÁO CÁO KẾT QUẢ BAN HÀNH BẢNG GIÁ ĐẤT\n\nTỈNH (THÀNH PHỐ) ……………….\n\n**1. Kết quả**\n\n"
            "- Quyết định số ... ngày... tháng ... năm...\n")
    assert [f for f in found(lint_text(text, ["KT106", "KT102"])) if f[1] != "info"] == []
    body = text.replace("Theo đó, **Mẫu số 28** mẫu báo cáo kết quả như sau:", "Theo đó, tỉnh báo cáo kết quả.")
    assert [f[3] for f in found(lint_text(body, ["KT106"]))] == ["……………….", "...", "..."]


def test_a_footnote_rule_is_no_blank(lint_text):
    text = "Nội dung đã thực hiện[i].\n\nBỘ TRƯỞNG | ____________________ [i] Tổng số vị trí việc làm.\n"
    assert found(lint_text(text, ["KT106"])) == []
    assert [f[3] for f in found(lint_text("Giao cho đơn vị ____________ thực hiện.\n", ["KT106"]))] == [
        "____________"]


def test_a_type_line_deep_in_an_unframed_text_wants_no_summary(lint_text):
    filler = "".join(f"Đoạn {i} của trang.\n\n" for i in range(25))
    assert [f for f in found(lint_text(filler + "HƯỚNG DẪN ĐÁNH GIÁ\n\n1. Thành lập đoàn.\n", ["KT103"]))
            if f[1] != "info"] == []
