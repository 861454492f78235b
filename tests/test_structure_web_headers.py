"""KT103 on the header and closing shapes that copies of published texts leave (issue 16, third
round): a two-column header broken into one line a piece or run together on one line, the place
and date beside the number, the summary that opens with "Thực hiện", a chapter's title under
"Chương I", the enacting authority above "Căn cứ", a copy cut inside the recipients' list."""

from test_structure_support import found

from kiemtra_lint.readers import read_document

STATE_CLOSING = ("Văn bản thiếu thẩm quyền, chức vụ và họ tên người ký (như “TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”); "
                 "nơi nhận (“Nơi nhận:”)")
DECISION_BODY = ("QUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC CHUYỂN ĐỔI SỐ\nỦY BAN NHÂN DÂN HUYỆN LÂM HÀ\n"
                 "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
                 "Điều 1. Thành lập tổ công tác chuyển đổi số của huyện.\n"
                 "Điều 2. Chánh Văn phòng và các thành viên chịu trách nhiệm thi hành Quyết định này./.\n")


def kt103(lint_text, text, name="d.txt"):
    return found(lint_text(text, ["KT103"], name=name))


def test_a_header_table_broken_into_one_line_a_piece(lint_text):
    """A web page gives each cell of the header table on its own lines, wrapped where the cell was
    narrow ("CỘNG" / "HÒA XÃ HỘI ...", "Lâm" / "Hà, ngày ..."): every part is there."""
    header = ("ỦY\nBAN NHÂN DÂN\nHUYỆN LÂM HÀ\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố:\n45/QĐ-UBND\n|\nLâm\n"
              "Hà, ngày 03 tháng 3 năm 2024\n|\n")
    assert kt103(lint_text, header + DECISION_BODY) == [("KT103", "warning", STATE_CLOSING, None, [])]
    wrapped = header.replace("CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA", "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA").replace(
        "Lâm\nHà, ngày 03", "Lâm Hà, ngày 03\n")
    assert kt103(lint_text, wrapped + DECISION_BODY) == [("KT103", "warning", STATE_CLOSING, None, [])]


def test_a_misspelt_national_heading_is_still_missing(lint_text):
    header = ("ỦY BAN NHÂN DÂN\nHUYỆN LÂM HÀ\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT\nĐộc lập - Tự do - Hạnh phúc\n|\n"
              "Số: 45/QĐ-UBND\n|\nLâm Hà, ngày 03 tháng 3 năm 2024\n|\n")
    assert [f[2][:30] for f in kt103(lint_text, header + DECISION_BODY)] == [
        "Văn bản thiếu quốc hiệu “CỘNG ", "Văn bản thiếu thẩm quyền, chức"]


def test_a_mistyped_national_heading_is_said_where_it_is(lint_text):
    header = ("**BỘ TÀI CHÍNH**\n\n**CỘNaG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n**Độc lập – Tự do – Hạnh phúc**\n\n"
              "Số: 141/2024/TT-BTC\n\n*Hà Nội, ngày 16 tháng 10 năm 2024*\n\n**THÔNG TƯ**\n\n**Hướng dẫn thuế**\n\n")
    assert kt103(lint_text, header + "**Điều 1. Phạm vi**\n\nThông tư này hướng dẫn thuế./.\n", "d.md") == [
        ("KT103", "warning", STATE_CLOSING, None, []),
        ("KT103", "warning", "Quốc hiệu viết sai “CỘNaG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”: phải là “CỘNG HÒA XÃ HỘI "
                             "CHỦ NGHĨA VIỆT NAM”", "CỘNaG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", [])]


def test_the_two_columns_of_the_header_run_together_on_one_line(lint_text):
    """The issuer's column and the national heading's column copied as one line with one space
    between them, the number and the place-date likewise."""
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nXÃ ĐÔNG PHÚ Độc lập- Tự do- Hạnh phúc\n\n"
            "Số: 12/KH-UBND Đông Phú, ngày 9 tháng 5 năm 2024\n\nKẾ HOẠCH\n\nPhòng, chống thiên tai năm 2024\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n\nChủ động phòng, chống thiên tai.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
            "Các ban, ngành thực hiện kế hoạch này./.\n")
    assert kt103(lint_text, text) == [("KT103", "warning", STATE_CLOSING, None, [])]
    no_motto = text.replace(" Độc lập- Tự do- Hạnh phúc", "")
    assert kt103(lint_text, no_motto)[1] == (
        "KT103", "warning", "Dưới quốc hiệu thiếu tiêu ngữ “Độc lập - Tự do - Hạnh phúc”",
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", [])


def test_the_motto_glued_to_the_next_cell_and_a_date_ending_with_a_full_stop(lint_text):
    text = ("TRƯỜNG THCS HÒA BÌNH\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập – Tự do – Hạnh phúcSố: 37/KH-THCS\n|\n"
            "Hòa Bình, ngày 29 tháng 8 năm 2023.\n|\n"
            "KẾ HOẠCH\nCông khai năm học 2023-2024\nI. Mục tiêu\n- Công khai các khoản thu, chi của nhà trường./.\n")
    assert kt103(lint_text, text) == [("KT103", "warning", STATE_CLOSING, None, [])]


def test_a_rule_run_into_the_number_line(lint_text):
    text = ("**BỘ CÔNG THƯƠNG – BỘ TÀI CHÍNH**\n —————\nSố: 07/2023/TTLT-BCT-BTC\n\n"
            "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n**Độc lập – Tự do – Hạnh phúc**\n\n"
            "*Hà Nội, ngày 06 tháng 7 năm 2023*\n\n**THÔNG TƯ LIÊN TỊCH**\n\n**Hướng dẫn về khuyến mại**\n\n"
            "**Điều 1. Phạm vi điều chỉnh**\n\nThông tư này hướng dẫn về khuyến mại./.\n")
    assert kt103(lint_text, text, "d.md") == [("KT103", "warning", STATE_CLOSING, None, [])]


def test_a_summary_that_opens_with_thuc_hien(lint_text):
    head = ("ỦY BAN NHÂN DÂN\n\nXÃ ĐÔNG PHÚ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 68/KH-UBND\n\nĐông Phú, ngày 18 tháng 6 năm 2024\n\nKẾ HOẠCH HÀNH ĐỘNG\n\n")
    plan = ("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XX,\n\nnhiệm kỳ 2025 - 2030\n\n"
            "Ngày 19/3/2025, Ban Chấp hành Đảng bộ xã ban hành Nghị quyết Đại hội./.\n")
    assert kt103(lint_text, head + plan) == [("KT103", "warning", STATE_CLOSING, None, [])]
    body = ("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XX, nhiệm kỳ 2025 - 2030, Ủy ban nhân dân xã "
            "xây dựng kế hoạch hành động với các nội dung sau đây:\n\nI. MỤC ĐÍCH\n\nNội dung./.\n")
    assert kt103(lint_text, head + body)[1] == (
        "KT103", "warning", "Sau tên loại “KẾ HOẠCH HÀNH ĐỘNG” thiếu trích yếu nội dung (một dòng nêu báo cáo về "
                            "việc gì)", "KẾ HOẠCH HÀNH ĐỘNG", [])


def test_a_chapter_title_under_a_bold_run_over_two_lines_is_no_type_line(lint_text, tmp_path):
    text = ("Thông tư hướng dẫn thuế thu nhập doanh nghiệp\n\n– Thông tư có hiệu lực từ ngày 02/08/2024.\n\n"
            "**Chương I\nQUY ĐỊNH CHUNG**\n\n**Điều 1. Phạm vi điều chỉnh**\n\nThông tư này hướng dẫn thi hành.\n\n"
            "**Điều 2. Người nộp thuế**\n\nNgười nộp thuế là tổ chức.\n")
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).title == ""
    assert [f for f in found(lint_text(text, ["KT103"])) if f[1] != "info"] == []


def test_the_enacting_authority_above_the_preamble_is_no_signer(lint_text):
    header = ("ỦY BAN NHÂN DÂN\nHUYỆN LÂM HÀ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
              "Số: 45/QĐ-UBND\n|\nLâm Hà, ngày 03 tháng 3 năm 2024\n|\n")
    body = DECISION_BODY.replace("ỦY BAN NHÂN DÂN HUYỆN LÂM HÀ\n", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LÂM HÀ\n")
    assert kt103(lint_text, header + body) == [("KT103", "warning", STATE_CLOSING, None, [])]


def test_a_copy_cut_inside_the_recipients_list_may_have_lost_the_signature(lint_text):
    """The copy gives the recipients' column before the signature's: stopping inside the list
    ("- Thường trực Huyện ủy", no "- Lưu: VT"), the signature may be in what was cut."""
    header = ("ỦY BAN NHÂN DÂN\nHUYỆN LÂM HÀ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
              "Số: 45/QĐ-UBND\n|\nLâm Hà, ngày 03 tháng 3 năm 2024\n|\n")
    missing = ("Văn bản thiếu thẩm quyền, chức vụ và họ tên người ký (như “TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”)")
    cut = header + DECISION_BODY + "Nơi nhận:\n- Như Điều 2;\n- Thường trực Huyện ủy\n"
    assert kt103(lint_text, cut) == [("KT103", "info", missing, None, [])]
    whole = header + DECISION_BODY + "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
    assert kt103(lint_text, whole) == [("KT103", "warning", missing, None, [])]


def test_a_blank_number_left_from_another_form_beside_the_real_one(lint_text):
    """Two number lines in the header, one blank: the filled one is the document's number, and the
    blank one is a leftover to fill or delete (KT106)."""
    text = ("TRƯỜNG THCS HÒA BÌNH\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập – Tự do – Hạnh phúcSố: …….. KH-PĐG\n|\n"
            "Số: 37/KH-THCS\n|\nHòa Bình, ngày 29 tháng 8 năm 2023\n|\n"
            "KẾ HOẠCH\nCông khai năm học 2023-2024\nI. Mục tiêu\n- Công khai các khoản thu, chi của nhà trường./.\n")
    assert found(lint_text(text, ["KT103", "KT106"], name="d.txt")) == [
        ("KT103", "warning", STATE_CLOSING, None, []),
        ("KT106", "warning", "Chỗ trống chưa điền “……..”", "……..", [])]
