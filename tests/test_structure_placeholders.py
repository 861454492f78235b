"""KT106 unfinished text: what is a blank or a placeholder, and what only looks like one."""

import pytest
from test_structure_support import PARTY_HEAD, PARTY_TAIL, draft, found


def unfinished(lint_text, text):
    return [(severity, message, excerpt) for _, severity, message, excerpt, _ in
            found(lint_text(text, ["KT106"]))]


@pytest.mark.parametrize("text, excerpt, message", [
    ("Đảng ủy xã ………… chưa thành lập tổ.", "…………", "Chỗ trống chưa điền “…………”"),
    ("Đã khắc phục được ...... hạn chế.", "......", "Chỗ trống chưa điền “......”"),
    ("Huyện … có 14 xã.", "…", "Chỗ trống chưa điền “…”"),
    # after a list in its clause, still a blank where a value is awaited
    ("Tổng số 120 người, trong đó nữ … người.", "…", "Chỗ trống chưa điền “…”"),
    ("Năm 2024, chi bộ kết nạp … đảng viên mới.", "…", "Chỗ trống chưa điền “…”"),
    ("Các xã, thị trấn đạt … 12 tiêu chí.", "…", "Chỗ trống chưa điền “…”"),
    ("Thực hiện Kế hoạch số …-KH/HU của Ban Thường vụ.", "…", "Chỗ trống chưa điền “…”"),
    ("Họ và tên người báo cáo: ________", "________", "Chỗ trống chưa điền “________”"),
    ("Giải ngân đạt XXX% kế hoạch.", "XXX", "Ký hiệu giữ chỗ “XXX” chưa được thay bằng nội dung thật"),
    ("Phấn đấu đến năm 20xx hoàn thành.", "20xx", "Ký hiệu giữ chỗ “20xx” chưa được thay bằng nội dung thật"),
    ("Có xx đồng chí tham gia.", "xx", "Ký hiệu giữ chỗ “xx” chưa được thay bằng nội dung thật"),
    ("Riêng Đảng ủy [tên đơn vị] chưa thành lập.", "[tên đơn vị]",
     "Chỗ trống hoặc lời dặn của mẫu “[tên đơn vị]” chưa được thay bằng nội dung thật"),
    ("Số đơn vị chưa đạt (ghi rõ) cần được chỉ đạo.", "(ghi rõ)",
     "Chỗ trống hoặc lời dặn của mẫu “(ghi rõ)” chưa được thay bằng nội dung thật"),
    ("Tổng thu đạt (số liệu) tỷ đồng.", "(số liệu)",
     "Chỗ trống hoặc lời dặn của mẫu “(số liệu)” chưa được thay bằng nội dung thật"),
    ("Theo Kế hoạch ban hành ngày … tháng … năm 2023 của Huyện ủy.", "ngày … tháng … năm 2023",
     "Ngày tháng còn để trống “ngày … tháng … năm 2023”"),
    ("Theo Công văn ngày …/…/2023 của Tỉnh ủy.", "…/…/2023", "Ngày tháng còn để trống “…/…/2023”"),
    ("Tỷ lệ hộ nghèo giảm còn ??? so với năm trước.", "???",
     "Dấu hỏi đánh dấu chỗ cần xem lại “???” còn sót trong văn bản"),
    ("Xem thêm: Tỉnh ủy tổng kết công tác năm 2023", "Xem thêm: Tỉnh ủy tổng kết công tác năm 2023",
     "Phần thừa khi chép từ trang web: “Xem thêm: Tỉnh ủy tổng kết công tác năm 2023”"),
    ("Chia sẻ", "Chia sẻ", "Phần thừa khi chép từ trang web: “Chia sẻ”"),
    ("Facebook Zalo Twitter", "Facebook Zalo Twitter", "Phần thừa khi chép từ trang web: “Facebook Zalo Twitter”"),
    ("Trang chủ > Tin tức > Thời sự", "Trang chủ > Tin tức > Thời sự",
     "Phần thừa khi chép từ trang web: “Trang chủ > Tin tức > Thời sự”"),
    ("Thứ Hai, 15/3/2023 10:20", "Thứ Hai, 15/3/2023 10:20", "Phần thừa khi chép từ trang web: “Thứ Hai, "
                                                             "15/3/2023 10:20”"),
    ("Hội nghị diễn ra sáng 15/3 (GMT+7) tại hội trường.", "GMT+7", "Phần thừa khi chép từ trang web: “GMT+7”"),
    ("Tải mẫu giấy mời họp phụ huynh tại đây => Tải về", "tại đây => Tải về",
     "Phần thừa khi chép từ trang web: “tại đây => Tải về”"),
    (">> TẢI VỀ Mẫu biên bản họp chi bộ", ">> TẢI VỀ", "Phần thừa khi chép từ trang web: “>> TẢI VỀ”"),
    ("Mời các bạn tham khảo bài viết về thi đua khen thưởng.", "Mời các bạn tham khảo",
     "Phần thừa khi chép từ trang web: “Mời các bạn tham khảo”"),
    ("The fee is set by the province. ... ... ... Hãy đăng nhập hoặc đăng ký Thành viên tại đây để đọc tiếp. "
     "Article 3.", "... ... ... Hãy đăng nhập hoặc đăng ký Thành viên tại đây để đọc tiếp.",
     "Phần thừa khi chép từ trang web: “... ... ... Hãy đăng nhập hoặc đăng ký Thành viên tại đây để đọc tiếp.”"),
])
def test_flagged(lint_text, text, excerpt, message):
    assert unfinished(lint_text, text + "\n") == [("warning", message, excerpt)]


@pytest.mark.parametrize("text", [
    "Nhân dân đóng góp xây dựng đường giao thông, nhà văn hóa, sân thể thao...",
    "Các xã, thị trấn ...",  # an enumeration closed with a space before the dots
    "Trồng lúa, ngô, khoai... đều tăng năng suất.",  # glued to the word: "and so on"
    "Các phong trào thi đua, v.v... được duy trì.",
    "Bác dạy: “Dễ trăm lần không dân cũng chịu (…) khó vạn lần dân liệu cũng xong”.",
    "Kết quả thực hiện nhiệm vụ ........ 5",  # a table of contents line
    "Đại hội đại biểu Đảng bộ lần thứ XXX đã thành công.",  # the Roman numeral 30
    "Tỷ lệ đạt trong thế kỷ XX và khóa XX.",
    "Giải trình vấn đề được gợi ý kiểm điểm (nếu có).",
    "Số liệu tính đến ngày 31/5/2023 (số liệu ước).",
    "Đọc thêm tài liệu tham khảo tại Phụ lục 2 kèm theo báo cáo này để nắm rõ các chỉ tiêu.",
    "Bình luận viên và cộng tác viên được tập huấn.",
    "Phiếu kết quả: 3 x 4 m.",
    "Cán bộ tải về phần mềm tại trang của Bộ để cài đặt.",  # downloading, said in a sentence
    # "and so on" after a list in its clause, or a pause joining two clauses
    "Niêm yết tại trụ sở xã; trụ sở đội thuế; ban quản lý chợ; … đồng thời cập nhật số liệu.",
    "Cập nhật mức doanh thu, mức thuế … của từng hộ vào cơ sở dữ liệu.",
    "Sinh viên có tư duy độc lập, phản biện vấn đề … hình thành khả năng tự học.",
])
def test_not_flagged(lint_text, text):
    assert unfinished(lint_text, text + "\n") == []


def test_a_blank_issue_date_is_information_and_a_blank_number_is_normal(lint_text):
    text = (draft("kiem-diem").replace("Tây Sơn, ngày 05 tháng 7 năm 2023", "Tây Sơn, ngày    tháng … năm 2023")
            .replace("| Số 112-BC/HU | |", "| Số …-BC/HU | |"))
    assert unfinished(lint_text, text) == [
        ("info", "Ngày tháng ban hành còn để trống “ngày    tháng … năm 2023” (bình thường khi chưa ký; điền khi "
                 "ban hành)", "ngày    tháng … năm 2023")]
    text = draft("kiem-diem").replace("ngày 05 tháng 7 năm 2023", "ngày … tháng … năm 2023")
    assert unfinished(lint_text, text) == [
        ("info", "Ngày tháng ban hành còn để trống “ngày … tháng … năm 2023” (bình thường khi chưa ký; điền khi "
                 "ban hành)", "ngày … tháng … năm 2023")]


def test_blanks_in_a_table_cell_heading_and_footnote(lint_text):
    text = (PARTY_HEAD + "**BÁO CÁO**\n\n**tình hình quý I**\n\n**I. KẾT QUẢ Ở XÃ ……**\n\n"
            "| Đơn vị | Kết quả |\n|---|---|\n| Xã …… | 12 |\n\nNội dung[^1].\n" + PARTY_TAIL
            + "\n[^1]: Theo báo cáo của xã ……\n")
    result = lint_text(text, ["KT106"])
    assert [(f.place["location"]["kind"], f.place["excerpt"]) for f in result.findings] == [
        ("heading", "……"), ("table-cell", "……"), ("footnote", "……")]


def test_a_table_of_contents_styled_paragraph_is_skipped(tmp_path):
    from docx_factory import make_docx, p
    from test_structure_support import lint_path

    styles = ('<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style></w:styles>')
    path = make_docx(tmp_path / "d.docx", p("Phần thứ nhất ………………… 3", style="TOC1") + p("Nội dung …………… còn trống."),
                     styles=styles)
    assert [f.place["excerpt"] for f in lint_path(path, ["KT106"]).findings] == ["……………"]


def test_signature_captions_above_the_signers_names(lint_text):
    """A filled form's signature line keeps its captions; without the names below they are blanks."""
    captions = "NGƯỜI LẬP BIỂU        GIÁM ĐỐC (ký tên)        (Ký tên và đóng dấu)\n\n"
    names = "Nguyễn Văn An        BSCKII. TRẦN THỊ BÌNH\n"
    assert unfinished(lint_text, "Kết quả tự kiểm tra đạt 4,2 điểm.\n\n" + captions + names) == []
    assert unfinished(lint_text, "Kết quả tự kiểm tra đạt 4,2 điểm.\n\n" + captions + "Nơi nhận: Sở Y tế.\n") == [
        ("warning", "Chỗ trống hoặc lời dặn của mẫu “(ký tên)” chưa được thay bằng nội dung thật", "(ký tên)"),
        ("warning", "Chỗ trống hoặc lời dặn của mẫu “(Ký tên và đóng dấu)” chưa được thay bằng nội dung thật",
         "(Ký tên và đóng dấu)")]


def test_a_date_cut_by_a_page_teaser_is_no_blank(lint_text):
    teaser = "moreThông tư số 12/2024/TT-BTC hướng dẫn kế toán, có hiệu lực từ ngày 01 tháng 01 năm 2…\n"
    assert unfinished(lint_text, "Nội dung chính của thông tư.\n\n" + teaser) == []
    assert unfinished(lint_text, "Có hiệu lực từ ngày 01 tháng 01 năm 2… và áp dụng cho năm tài chính.\n") == [
        ("warning", "Ngày tháng còn để trống “ngày 01 tháng 01 năm 2…”", "ngày 01 tháng 01 năm 2…")]
