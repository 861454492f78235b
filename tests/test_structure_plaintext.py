"""Structure rules on plain-text copies of published texts (issue 16, second round): a .txt file
keeps the Markdown emphasis of the page it was copied from ("**Điều 5. Tên điều**",
"*Hà Nội, ngày …*", "***Nơi nhận:***"), normative texts of kinds without a profile number their
articles, news reports end with the reporter's initials, letters quote forms.  Invented texts;
each shape is also checked where Word has it."""

from docx_factory import make_docx, p, para, run
from test_structure_support import checked, found, lint_path

from kiemtra_lint.labels import parse_marked_label

LAW = """**QUỐC HỘI**
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**
Luật số: 12/2030/QH15
**LUẬT
PHÒNG, CHỐNG THIÊN TAI Ở VÙNG CAO**
*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;*
**Chương I**
**NHỮNG QUY ĐỊNH CHUNG**
**Điều 1. Phạm vi điều chỉnh**
Luật này quy định về phòng, chống thiên tai ở các xã vùng cao.
**Điều 2. Đối tượng áp dụng**
1. Cơ quan nhà nước các cấp ở vùng cao có các trách nhiệm sau đây:
a) Lập kế hoạch phòng, chống thiên tai hằng năm;
b) Tổ chức diễn tập ứng phó với lũ quét và sạt lở đất.
2. Hộ gia đình, cá nhân sinh sống ở vùng có nguy cơ sạt lở đất.
**Điều 3. Nguyên tắc**
1. Chủ động phòng ngừa là chính.
2. Huy động mọi nguồn lực tại chỗ.
**Chương II**
**TRÁCH NHIỆM**
**Điều** **4.** **Trách nhiệm của Ủy ban nhân dân cấp xã**
1. Lập danh sách hộ gia đình phải di dời khỏi vùng nguy hiểm.
2. Báo cáo thiệt hại trong 24 giờ.
**Điều 5****.** **Hiệu lực thi hành**
1. Luật này có hiệu lực từ ngày 01 tháng 7 năm 2031.
2. Chính phủ quy định chi tiết Điều 4 của Luật này.
"""


def shape(section):
    return [(c.label, shape(c)) if c.children else c.label for c in section.children]


def test_a_label_read_through_the_emphasis_a_web_copy_keeps():
    for text, kind, numbers, rest in [("**Điều 5. Hiệu lực thi hành**", "article", (5,), "Hiệu lực thi hành**"),
                                      ("**Điều 2****5****. Khấu trừ thuế**", "article", (25,), "Khấu trừ thuế**"),
                                      ("**Điều** **27.** **Trách nhiệm**", "article", (27,), "Trách nhiệm**"),
                                      ("**6. Đối tượng mua hóa đơn**", "arabic", (6,), "Đối tượng mua hóa đơn**"),
                                      ("**Chương II**", "chapter", (2,), "")]:
        label = parse_marked_label(text)
        assert (label.kind, label.numbers, text[label.end:]) == (kind, numbers, rest)
    assert parse_marked_label("Điều 5. Hiệu lực") is None  # no marker: parse_label reads it
    assert parse_marked_label("**Kết quả đạt được**") is None


def test_a_plain_text_law_numbers_its_articles_and_their_clauses(tmp_path):
    path = tmp_path / "luat.txt"
    path.write_text(LAW, encoding="utf-8")
    doc = checked(path)
    assert doc.title == "LUẬT PHÒNG, CHỐNG THIÊN TAI Ở VÙNG CAO"
    assert shape(doc.root) == [("Chương I", ["Điều 1.", ("Điều 2.", ["1."]), "Điều 3."]),
                               ("Chương II", ["Điều 4.", "Điều 5."])]
    chapter = doc.root.children[1]
    assert [(s.label, s.title) for s in chapter.children] == [
        ("Điều 4.", "Trách nhiệm của Ủy ban nhân dân cấp xã"), ("Điều 5.", "Hiệu lực thi hành")]
    assert chapter.title == "TRÁCH NHIỆM"
    # each article numbers its clauses from 1: no restart, no gap
    assert found(lint_path(path, ["KT101", "KT104"])) == []


def test_a_slip_in_an_articles_clauses_is_still_found(tmp_path):
    path = tmp_path / "luat.txt"
    path.write_text(LAW.replace("2. Hộ gia đình, cá nhân sinh sống ở vùng có nguy cơ sạt lở đất.",
                                "3. Hộ gia đình, cá nhân có các trách nhiệm sau đây:"), encoding="utf-8")
    assert [(f[2], f[3]) for f in found(lint_path(path, ["KT101"]))] == [
        ("Đánh số mục không liên tục: sau “1.” là “3.”, thiếu “2.”", "3.")]


def test_word_articles_of_a_kind_without_a_profile(tmp_path):
    # a circular: bold "Điều N." lines, one stating its provision in its own long line
    path = make_docx(tmp_path / "tt.docx", "".join([
        p("THÔNG TƯ", bold=True), p("Hướng dẫn quản lý kho lưu trữ", bold=True),
        p("Điều 1. Phạm vi điều chỉnh", bold=True), p("Thông tư này hướng dẫn việc quản lý kho lưu trữ."),
        p("Điều 2. Yêu cầu", bold=True), p("1. Kho phải khô ráo."), p("2. Kho phải có thiết bị báo cháy."),
        para(run("Điều 3. ", bold=True), run("Thông tư này có hiệu lực từ ngày 01 tháng 01 năm 2031, thay thế các "
                                             "văn bản trước đây về quản lý kho lưu trữ của cơ quan, tổ chức."))]))
    doc = checked(path)
    assert [(s.label, s.kind, s.level) for s in doc.root.children] == [
        ("Điều 1.", "article", 1), ("Điều 2.", "article", 1), ("Điều 3.", "article", 1)]
    assert found(lint_path(path, ["KT101", "KT104"])) == []


NEWS = """Tỉnh giải quyết hồ sơ đúng hạn đạt 98%
Trong quý I, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 12.400 hồ sơ, giải quyết đúng hạn 12.150 hồ sơ.
Số hồ sơ trễ hạn tập trung ở lĩnh vực đất đai và xây dựng.
{byline}
"""


def test_a_reporters_byline_is_no_heading(lint_text):
    for byline in ("T.H.", "N.A.", "H.Anh", "**Đ.Chính**", "**M.Linh (ghi)**", "T.D |"):
        result = lint_text(NEWS.format(byline=byline), ["KT101", "KT104"], name="tin.txt")
        assert found(result) == [], byline


def test_a_letter_heading_with_a_title_is_still_a_heading(lint_text):
    text = NEWS.format(byline="**B. Kết quả**") + "Nội dung.\n"
    assert [(f[2], f[3]) for f in found(lint_text(text, ["KT101"], name="tin.txt"))] == [
        ("Mục đầu tiên cùng cấp lại đánh số “B.”, thiếu “A.”", "B.")]


def test_a_word_byline_is_no_heading(tmp_path):
    path = make_docx(tmp_path / "tin.docx", "".join([
        p("Trong quý I, trung tâm tiếp nhận 12.400 hồ sơ, giải quyết đúng hạn 12.150 hồ sơ."),
        p("T.H.", bold=True)]))
    assert found(lint_path(path, ["KT101", "KT104"])) == []


LETTER = """**BỘ XÂY DỰNG**
Số: 215/BXD-KHTC
V/v báo cáo tiến độ giải ngân
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
*Hà Nội, ngày 12 tháng 3 năm 2031*
Kính gửi: Các đơn vị trực thuộc Bộ.
Bộ Xây dựng đề nghị các đơn vị báo cáo tiến độ giải ngân vốn đầu tư công quý I trước ngày 25 tháng 3 năm 2031.
***Nơi nhận:***
– Như trên;
– Lưu: VT, KHTC.
**KT. BỘ TRƯỞNG**
**THỨ TRƯỞNG**
**Trần Văn Bình**
"""


def test_a_letters_parts_in_emphasis_are_found(lint_text):
    assert found(lint_text(LETTER, ["KT103"], name="cv.txt")) == []


def test_a_letters_missing_parts_are_still_found(lint_text):
    text = LETTER.replace("*Hà Nội, ngày 12 tháng 3 năm 2031*\n", "").replace("***Nơi nhận:***\n", "")
    assert [(f[1], f[2]) for f in found(lint_text(text, ["KT103"], name="cv.txt"))] == [
        ("warning", "Văn bản thiếu địa danh và ngày tháng năm (như “Tây Sơn, ngày 05 tháng 7 năm 2023”)"),
        ("warning", "Văn bản thiếu nơi nhận (“Nơi nhận:”)")]


def test_a_new_bold_heading_in_plain_text_is_the_parent_of_its_sub_items(lint_text, tmp_path):
    text = ("**1. Loại hóa đơn**\nHóa đơn điện tử.\n**2. Nội dung hóa đơn**\nTên hàng hóa.\n"
            "**3. Tạo hóa đơn tự in**\nĐiều kiện tự in.\n**4. Tạo hóa đơn đặt in**\n4.1. Đối tượng được tạo hóa đơn đặt in\nDoanh nghiệp đang hoạt động.\n"
            "4.2. Hợp đồng in\nNội dung hợp đồng.\n**5. Phát hành hóa đơn**\nThông báo phát hành.\n"
            "**6. Đối tượng mua hóa đơn**\n6.1. Đối tượng được mua hóa đơn\nHộ kinh doanh.\n")
    assert found(lint_text(text, ["KT101"], name="cv.txt")) == []
    path = tmp_path / "cv.txt"
    path.write_text(text, encoding="utf-8")
    assert shape(checked(path).root) == ["1.", "2.", "3.", ("4.", ["4.1.", "4.2."]), "5.", ("6.", ["6.1."])]
    # the same slip as ever: "6.1." under a "5." is found
    text = text.replace("**6. Đối tượng mua hóa đơn**\n", "")
    assert [(f[2], f[3]) for f in found(lint_text(text, ["KT101"], name="cv.txt"))] == [
        ("Số mục “6.1.” không khớp mục cha “5.” (phải là “5.1.”)", "6.1.")]


def test_a_bold_lead_in_ending_with_a_colon_is_no_heading(tmp_path):
    path = tmp_path / "cv.txt"
    path.write_text("**1. Về thuế giá trị gia tăng**\nNội dung sửa đổi.\n**Theo đó:**\nBỏ cột “Ký hiệu”.\n"
                    "**2. Về thuế thu nhập cá nhân**\nNội dung bổ sung.\n", encoding="utf-8")
    assert shape(checked(path).root) == ["1.", "2."]


def test_a_quotation_leaving_out_its_beginning_is_no_blank(lint_text):
    text = ("Cơ sở kinh doanh ghi vào thông báo nội dung:\n"
            "*“ ….cơ sở chúng tôi đăng ký áp dụng phương pháp **khấu trừ**.*\n"
            "Đơn vị báo cáo về huyện … trước ngày 15.\n")
    assert [(f[2], f[3]) for f in found(lint_text(text, ["KT106"], name="cv.txt"))] == [
        ("Chỗ trống chưa điền “…”", "…")]


def test_a_form_field_named_in_quotes_is_no_instruction(lint_text):
    text = ("9.3. Bổ sung hướng dẫn cách ghi tiêu thức “người mua hàng (ký, ghi rõ họ tên)”\n"
            "Người lập biểu (ký, ghi rõ họ tên)\n")
    assert [(f[2], f[3]) for f in found(lint_text(text, ["KT106"], name="cv.txt"))] == [
        ("Chỗ trống hoặc lời dặn của mẫu “(ký, ghi rõ họ tên)” chưa được thay bằng nội dung thật",
         "(ký, ghi rõ họ tên)")]


def test_a_letter_skipped_after_a_list_item_too_long_for_a_heading(lint_text):
    long_item = ("k) Tiền lương hưu do quỹ bảo hiểm xã hội chi trả theo quy định của luật, kể cả phần chi trả "
                 "thêm cho người về hưu sớm trong các trường hợp được pháp luật cho phép.\n")
    text = ("**Điều 3. Thu nhập được miễn thuế**\n1. Các khoản sau đây:\n" + long_item +
            "Căn cứ xác định là quyết định hưởng lương hưu.\nm) Thu nhập từ học bổng, bao gồm:\n"
            "Học bổng từ ngân sách nhà nước.\n**Điều 4. Giảm thuế**\nNội dung.\n")
    assert [(f[2], f[3], f[4]) for f in found(lint_text(text, ["KT101"], name="tt.txt"))] == [
        ("Đánh số mục không liên tục: sau “k)” là “m)”, thiếu “l)”", "m)", ["k)"])]
    text = text.replace("m) Thu nhập", "l) Thu nhập")
    assert found(lint_text(text, ["KT101"], name="tt.txt")) == []


def test_a_letter_copied_under_a_web_pages_lead_paragraph(lint_text):
    # the page's own lead stands above the letter; the copy breaks words with emphasis markers
    lead = ("Ngày 12/3/2031 Bộ Xây dựng ban hành công văn số 215/BXD-KHTC đề nghị các đơn vị báo cáo tiến độ "
            "giải ngân vốn đầu tư công quý I, xem chi tiết dưới đây.\n")
    text = (lead + LETTER).replace("*Hà Nội, ngày 12 tháng 3 năm 2031*", "*Hà N**ộ**i, ngày* *12* *tháng* *3**năm 2031*") \
        .replace("***Nơi nhận:***", "***N******ơ******i nh******ậ******n:***") \
        .replace("**KT. BỘ TRƯỞNG**", "**KT. B****Ộ** **TR****ƯỞ****NG**")
    result = lint_text(text, ["KT103"], name="cv.txt")
    assert (result.profile, found(result)) == ("cong-van", [])
    # what is missing is still said, as a warning: the letter shows its national heading
    text = text.replace("***N******ơ******i nh******ậ******n:***\n", "")
    assert [(f[1], f[2]) for f in found(lint_text(text, ["KT103"], name="cv.txt"))] == [
        ("warning", "Văn bản thiếu nơi nhận (“Nơi nhận:”)")]


def test_a_law_has_its_number_and_no_recipients(lint_text):
    result = lint_text(LAW + "**CHỦ TỊCH QUỐC HỘI**\n**Nguyễn Văn An**\n", ["KT103"], name="luat.txt")
    assert (result.profile, found(result)) == ("luat", [])
    result = lint_text(LAW.replace("Luật số: 12/2030/QH15\n", "") + "**CHỦ TỊCH QUỐC HỘI**\n", ["KT103"],
                       name="luat.txt")
    assert [(f[1], f[2]) for f in found(result)] == [
        ("warning", "Văn bản thiếu số và ký hiệu văn bản (như “Số: 123/BC-UBND”)")]


def test_a_letters_outline_starts_under_kinh_gui(tmp_path):
    path = tmp_path / "cv.txt"
    path.write_text(LETTER.replace("Bộ Xây dựng đề nghị", "**1. Tiến độ giải ngân**\nBộ Xây dựng đề nghị"),
                    encoding="utf-8")
    doc = checked(path)
    # "BỘ XÂY DỰNG", the national heading and the motto are the letter's front matter, not sections
    assert [(s.label, s.title) for s in doc.root.children] == [("1.", "Tiến độ giải ngân")]


REPORT_SIGNED = """**BÁO CÁO**
Kết quả công tác quý I
**I. KẾT QUẢ**
Hoàn thành các chỉ tiêu đề ra.
**CHỦ TỊCH HỒ CHÍ MINH VỚI PHONG TRÀO THI ĐUA**
Học tập và làm theo lời Bác.
**II. PHƯƠNG HƯỚNG**
Tiếp tục thực hiện kế hoạch.
**CHỦ TỊCH**
**Nguyễn Văn An**
"""


def test_a_bare_signers_title_is_no_section(tmp_path):
    path = tmp_path / "bc.txt"
    path.write_text(REPORT_SIGNED, encoding="utf-8")
    doc = checked(path)
    assert [(s.label, s.title) for s in doc.root.children] == [
        ("I.", "KẾT QUẢ"), ("II.", "PHƯƠNG HƯỚNG")]
    assert [s.title for s in doc.root.children[0].children] == ["CHỦ TỊCH HỒ CHÍ MINH VỚI PHONG TRÀO THI ĐUA"]
    assert [b.index for b in doc.blocks if b.kind == "heading"] == [2, 4, 6]


def test_a_report_quoting_two_provisions_keeps_its_own_outline(tmp_path):
    path = tmp_path / "bc.txt"
    path.write_text("**BÁO CÁO**\nKết quả thi hành Luật Đất đai\n**1. Về quy định**\nLuật quy định:\n"
                    "**Điều 5. Người sử dụng đất**\nHộ gia đình, cá nhân trong nước.\n"
                    "**Điều 6. Nguyên tắc sử dụng đất**\nĐúng quy hoạch.\n"
                    "**2. Về thực hiện**\nCác xã đã cấp giấy chứng nhận.\n", encoding="utf-8")
    doc = checked(path)
    assert [s.label for s in doc.root.children] == ["1.", "2."]
    # the same lines in italics are quoted too, even from "Điều 1."
    path.write_text("**1. Về quy định**\n*Điều 1. Phạm vi điều chỉnh*\nNội dung.\n*Điều 2. Đối tượng*\nNội dung.\n"
                    "**2. Về thực hiện**\nNội dung.\n", encoding="utf-8")
    assert [s.label for s in checked(path).root.children] == ["1.", "2."]


def test_a_paragraph_with_some_words_in_bold_is_no_heading(tmp_path):
    path = tmp_path / "cv.txt"
    path.write_text("**1. Về thời hạn**\nNội dung.\n**Lưu ý:** các đơn vị nộp báo cáo **đúng hạn**\n"
                    "**2. Về hồ sơ**\nNội dung.\n", encoding="utf-8")
    doc = checked(path)
    assert [s.label for s in doc.root.children] == ["1.", "2."] and doc.root.children[0].children == []


def test_word_quoted_forms_and_a_new_bold_parent(tmp_path):
    path = make_docx(tmp_path / "cv.docx", "".join([
        p("4. Tạo hóa đơn đặt in", bold=True), p("4.1. Đối tượng được tạo hóa đơn đặt in"),
        p("Doanh nghiệp điền vào thông báo nội dung:"),
        p("“ ….cơ sở chúng tôi đăng ký áp dụng phương pháp khấu trừ.”"),
        p("5. Lập hóa đơn", bold=True), p("5.1. Cách ghi tiêu thức “người mua hàng (ký, ghi rõ họ tên)”"),
        p("Người mua ký vào tiêu thức này."),
        p("6. Bán hóa đơn", bold=True), p("6.1. Đối tượng được mua hóa đơn"), p("Hộ kinh doanh.")]))
    assert shape(checked(path).root) == [("4.", ["4.1."]), ("5.", ["5.1."]), ("6.", ["6.1."])]
    # the text opens with "4.": part of a longer one, whose items 1 to 3 are not there; no blank
    assert found(lint_path(path, ["KT101", "KT106"])) == []
