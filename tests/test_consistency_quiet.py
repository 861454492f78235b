"""KT501-KT504 on the shapes of real published text (issue 17): invented sentences, a correct and
a wrong version of each shape."""

from __future__ import annotations


def shown(findings):
    return [(f.rule, f.severity, f.place["excerpt"]) for f in findings]


# --- KT503: abbreviations ---------------------------------------------------------------------

def test_well_known_abbreviations_need_no_definition(lint_text):
    md = ("UBND, HĐND và MTTQ các xã giải quyết TTHC đúng hạn; KT-XH tăng trưởng khá, QP-AN được giữ vững; "
          "BCĐ, BCH và BTV họp định kỳ; ứng dụng CNTT; bảo đảm ATTP và PCCC; chi NSNN đúng dự toán.\n")
    assert lint_text(md, ("KT503",)).findings == []


def test_a_well_known_abbreviation_the_draft_spells_out_after_using_it(lint_text):
    """The draft chose to spell it out: its first use should be where it does."""
    md = "Thực hiện CCHC.\n\nĐẩy mạnh cải cách hành chính (CCHC) ở cấp xã.\n"
    assert shown(lint_text(md, ("KT503",)).findings) == [("KT503", "warning", "CCHC")]
    assert lint_text("Đẩy mạnh cải cách hành chính (CCHC) ở cấp xã.\n\nThực hiện CCHC.\n", ("KT503",)).findings == []


def test_office_codes_after_the_recipients_or_the_archive_line_are_not_abbreviations(lint_text):
    md = ("Quyết định có hiệu lực từ ngày ký./. | **Nơi nhận:** - Như Điều 3; - VPUB: CVP, các PCVP; - Lưu: VT, "
          "KGVX. | **TM. ỦY BAN NHÂN DÂN**\n")
    assert lint_text(md, ("KT503",)).findings == []
    md = "Giao Sở Y tế chủ trì thực hiện. - Lưu: VT, NCTH.\n"
    assert lint_text(md, ("KT503",)).findings == []


def test_a_newspaper_dateline_is_not_a_use(lint_text):
    md = "Hà Nội (TTXVN) - Sáng nay, Thủ tướng chủ trì phiên họp. (PV)\n"
    assert lint_text(md, ("KT503",)).findings == []
    # the same letters used as a word of the text are an abbreviation to spell out
    md = "Hà Nội (TTXVN) - Sáng nay, PV ghi nhận Thủ tướng chủ trì phiên họp.\n"
    assert shown(lint_text(md, ("KT503",)).findings) == [("KT503", "info", "PV")]


def test_a_sites_tag_opening_a_paragraph_and_a_photo_credit_sign_the_text(lint_text):
    md = ("(BTDN) - Sáng nay, cơ quan thuế tổng kết công tác năm.\n\n"
          "Đà Nẵng (PV) – Cục Hải quan thu ngân sách vượt dự toán. Ảnh: HQĐN\n")
    assert lint_text(md, ("KT503",)).findings == []
    # in brackets inside the sentence, or after other words than a credit, it is the draft's own again
    md = "Sáng nay, cơ quan thuế (BTDN) tổng kết công tác năm; ảnh của HQĐN.\n"
    assert shown(lint_text(md, ("KT503",)).findings) == [("KT503", "info", "HQĐN")]


def test_a_group_spelled_out_at_once(lint_text):
    md = ("Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (sau đây gọi là KHCN, ĐMST và CĐS) "
          "là đột phá.\n\nĐầu tư cho ĐMST và CĐS tăng.\n")
    assert lint_text(md, ("KT503",)).findings == []
    wrong = "Đầu tư cho ĐMST tăng.\n\n" + md
    assert shown(lint_text(wrong, ("KT503",)).findings) == [("KT503", "warning", "ĐMST")]


def test_an_abbreviation_joined_by_an_ampersand_is_one(lint_text):
    assert lint_text("Nắm bắt tiến bộ KH&CN trong sản xuất.\n", ("KT503",)).findings == []
    findings = lint_text("Phối hợp với Phòng KT&ĐBCL tổ chức thi.\n", ("KT503",)).findings
    assert shown(findings) == [("KT503", "info", "KT&ĐBCL")]
    # with spaces around the ampersand, still one
    assert lint_text("Theo quy chế của Bộ GD & ĐT và tiến bộ KH & CN.\n", ("KT503",)).findings == []
    findings = lint_text("Phối hợp với Phòng KT & ĐBCL tổ chức thi.\n", ("KT503",)).findings
    assert [(f.place["excerpt"], f.message.vi[:27]) for f in findings] == [("KT & ĐBCL", "Chữ viết tắt “KT&ĐBCL” chưa")]


def test_words_in_a_run_of_capitals_are_headings_or_signatures(lint_text):
    md = ("**V/V ỨNG PHÓ MƯA LŨ TẠI ĐẮK LẮK VÀ GIA LAI**\n\nKT. GIÁM ĐỐC PHÓ GIÁM ĐỐC\n\n"
          "THE MINISTRY OF FINANCE\n")
    assert lint_text(md, ("KT503",)).findings == []
    assert shown(lint_text("Sinh viên làm KLTN cuối khóa.\n", ("KT503",)).findings) == [("KT503", "info", "KLTN")]


# --- KT501 / KT504: one finding per spelling, names keep their own -----------------------------

def test_a_minority_spelling_is_reported_once_with_its_count(lint_text):
    md = ("Huyện ủy chỉ đạo hòa giải; Ủy ban Kiểm tra và Đảng ủy xã họp.\n\n"
          "Việc số hoá hồ sơ, số hoá tài liệu và số hoá dữ liệu còn chậm.\n")
    findings = lint_text(md, ("KT501",)).findings
    assert [(f.place["excerpt"], f.place["location"]["start"]) for f in findings] == [("hoá", 8)]
    assert findings[0].message.vi == ("Đặt dấu thanh không thống nhất: “hoá”, trong khi phần lớn bản thảo đặt dấu "
                                      "như “ủy, hòa” (4 chỗ; như “hoá”: 3 chỗ); nên viết “hóa”")


def test_personal_and_place_names_are_not_tone_style_findings(lint_text):
    md = ("Đồng chí Nguyễn Thị Thuỳ, phường Xuân Hoà, tham gia khóa học; Huyện ủy và Ủy ban Kiểm tra "
          "chỉ đạo hòa giải.\n")
    assert lint_text(md, ("KT501",)).findings == []
    assert [f.place["excerpt"] for f in lint_text(md + "\nĐảng uỷ xã họp.\n", ("KT501",)).findings] == ["uỷ"]


def test_a_malformed_majority_is_never_the_correction(lint_text):
    md = ("Tình hình kinh tế-xã hội ổn định; kinh tế-xã hội tăng trưởng khá.\n\n"
          "Phát triển kinh tế - xã hội bền vững.\n")
    findings = lint_text(md, ("KT504",)).findings
    assert [(f.place["excerpt"], f.message.vi) for f in findings] == [
        ("kinh tế-xã hội", "Thuật ngữ viết không thống nhất: “kinh tế-xã hội” (2 chỗ) trong khi bản thảo viết "
                           "“kinh tế - xã hội” 1 chỗ; nên viết “kinh tế - xã hội”")]


def test_tone_style_is_one_finding_for_the_draft(lint_text):
    md = ("Huyện ủy chỉ đạo hòa giải; Ủy ban Kiểm tra, Đảng ủy xã và khóa học.\n\n"
          "Việc số hoá hồ sơ và sức khoẻ cộng đồng.\n")
    findings = lint_text(md, ("KT501",)).findings
    assert [(f.place["excerpt"], f.message.vi) for f in findings] == [
        ("hoá", "Đặt dấu thanh không thống nhất: “hoá”, trong khi phần lớn bản thảo đặt dấu như “ủy, hòa, khóa” "
                "(5 chỗ; như “hoá, khoẻ”: 2 chỗ); nên viết “hóa”")]


# --- KT502: letters of another alphabet inside a Vietnamese word ------------------------------

def test_cyrillic_or_greek_letters_typed_for_latin_ones(lint_text):
    findings = lint_text("Giải quyết \u0422\u0422\u041d\u0421 đúng hạn; Huyện ủ\u0443 chỉ đạo.\n", ("KT502",)).findings
    assert [(f.severity, f.place["excerpt"], f.place["location"]["start"]) for f in findings] == [
        ("warning", "\u0422\u0422\u041d\u0421", 11), ("warning", "ủ\u0443", 32)]
    assert findings[1].message.vi == (
        "Chữ “ủ\u0443” chứa ký tự của bảng chữ cái khác: “\u0443” (U+0443 CYRILLIC SMALL LETTER U); trông giống chữ "
        "tiếng Việt nhưng tìm kiếm và so khớp sẽ bỏ sót; gõ lại chữ này")
    assert lint_text("Giải quyết TTHC đúng hạn; Huyện ủy chỉ đạo.\n", ("KT502",)).findings == []


def test_the_eth_for_d_with_stroke_and_the_correction_of_look_alikes(lint_text):
    md = "Nghị quyết của \u00d0ảng; \u00d0ại hội chi bộ; Huyện ủ\u0443; giải quyết \u0422\u0422\u041d\u0421.\n"
    findings = lint_text(md, ("KT502",)).findings
    assert [(f.place["excerpt"], f.fix.replacement) for f in findings] == [
        ("\u00d0ảng", "Đảng"), ("\u00d0ại", "Đại"), ("ủ\u0443", "ủy"), ("\u0422\u0422\u041d\u0421", "TTHC")]
    assert findings[0].message.vi == ("Chữ “\u00d0ảng” chứa ký tự của bảng chữ cái khác: “\u00d0” (U+00D0 LATIN "
                                      "CAPITAL LETTER ETH); trông giống chữ tiếng Việt nhưng tìm kiếm và so khớp sẽ "
                                      "bỏ sót; gõ lại chữ này")
    # the right letter, and an eth inside a foreign name, are left alone
    assert lint_text("Nghị quyết của Đảng; chị Guðrún người Iceland.\n", ("KT502",)).findings == []


def test_a_wrong_precomposed_vowel(lint_text):
    findings = lint_text("Kết quả c\u01dcng rất khả quan.\n", ("KT502",)).findings
    assert [f.place["excerpt"] for f in findings] == ["c\u01dcng"]
    assert lint_text("Kết quả cũng rất khả quan.\n", ("KT502",)).findings == []


def test_units_names_and_foreign_words_keep_their_letters(lint_text):
    md = "Liều 5 μg mỗi ngày; điện trở 10 kΩ; hệ số α = 0,5; chuyên gia Müller; tên Ελλάδα.\n"
    assert lint_text(md, ("KT502",)).findings == []


def test_a_name_after_a_persons_title_or_a_place_in_capitals_keeps_its_spelling(lint_text):
    md = ("**ỦY BAN NHÂN DÂN TỈNH KHÁNH HOÀ**\n\n"
          "Ủy ban nhân dân tỉnh giao đồng chí Thuỳ chủ trì; Huyện ủy chỉ đạo hòa giải.\n")
    assert lint_text(md, ("KT501",)).findings == []
    wrong = md + "\nCác khoá học được tổ chức.\n"
    assert [f.place["excerpt"] for f in lint_text(wrong, ("KT501",)).findings] == ["khoá"]
    # "HUYỆN ỦY" and "XÃ HỘI" in capitals are no place: what follows is counted
    findings = lint_text("**HUYỆN ỦY KHOÁ XX**\n\nỦy ban chỉ đạo hòa giải và khóa học.\n", ("KT501",)).findings
    assert [f.place["excerpt"] for f in findings] == ["KHOÁ"]
    findings = lint_text("**ĐẨY MẠNH XÃ HỘI HOÁ**\n\nỦy ban chỉ đạo hòa giải và khóa học.\n", ("KT501",)).findings
    assert [f.place["excerpt"] for f in findings] == ["HOÁ"]


def test_the_subject_line_and_words_repeating_the_title_are_not_first_uses(lint_text):
    letter = ("Số: 15/CV-STC *V/v hướng dẫn hoàn thuế GTGT*\n\n"
              "Kính gửi: Các doanh nghiệp. Về chính sách thuế giá trị gia tăng (GTGT), Sở hướng dẫn như sau.\n")
    assert lint_text(letter, ("KT503",)).findings == []
    used_early = ("Kính gửi: Các doanh nghiệp. Hồ sơ hoàn thuế GTGT nộp trước ngày 20.\n\n"
                  "Chính sách thuế giá trị gia tăng (GTGT) áp dụng như sau.\n")
    assert shown(lint_text(used_early, ("KT503",)).findings) == [("KT503", "warning", "GTGT")]
    resolution = ("**NGHỊ QUYẾT**\n\n**QUY ĐỊNH VỀ QUY HOẠCH KHU VỰC TOD TRÊN ĐỊA BÀN TỈNH**\n\n"
                  "*Xét Tờ trình số 12/TTr-UBND về Nghị quyết quy định về quy hoạch khu vực TOD trên địa bàn tỉnh;*\n\n"
                  "**Điều 1.** Phát triển đô thị theo định hướng giao thông công cộng (TOD) tại các nhà ga.\n")
    assert lint_text(resolution, ("KT503",)).findings == []
    restated = resolution.replace("quy định về quy hoạch khu vực TOD", "về phát triển các khu vực TOD")
    assert shown(lint_text(restated, ("KT503",)).findings) == [("KT503", "warning", "TOD")]


def test_writing_i_or_y_is_one_finding_for_the_draft(lint_text):
    md = ("Kĩ năng của cán bộ được nâng lên; ứng dụng kỹ thuật, kiểm tra kỹ lưỡng.\n\n"
          "Quản lí nhà nước, quản lý đất đai và lý luận chính trị; học kì I, kỳ họp thứ 5, kỳ thi.\n")
    findings = lint_text(md, ("KT501",)).findings
    assert [(f.place["excerpt"], f.place["location"]["block"]) for f in findings] == [("Kĩ", 0)]
    assert findings[0].message.vi == (
        "Viết không thống nhất: “Kĩ” (1 chỗ) trong khi bản thảo viết “kỹ” 2 chỗ; nên viết “Kỹ”; cũng vậy: “lí” "
        "(1 chỗ) trong khi bản thảo viết “lý” 2 chỗ; “kì” (1 chỗ) trong khi bản thảo viết “kỳ” 2 chỗ")
    assert [r["excerpt"] for r in findings[0].related_places] == ["kỹ", "lí", "kì"]
    assert lint_text(md.replace("Kĩ", "Kỹ").replace("lí", "lý").replace("kì", "kỳ"), ("KT501",)).findings == []


def test_a_term_written_three_ways_is_one_finding(lint_text):
    md = ("Phát triển kinh tế - xã hội; kinh tế - xã hội ổn định; kinh tế - xã hội tăng trưởng.\n\n"
          "Tình hình kinh tế-xã hội và kinh tế -xã hội của xã.\n")
    findings = lint_text(md, ("KT504",)).findings
    assert [(f.place["excerpt"], f.message.vi) for f in findings] == [
        ("kinh tế-xã hội", "Thuật ngữ viết không thống nhất: “kinh tế-xã hội” (1 chỗ), “kinh tế -xã hội” (1 chỗ) "
                           "trong khi bản thảo viết “kinh tế - xã hội” 3 chỗ; nên viết “kinh tế - xã hội”")]
    assert [r["excerpt"] for r in findings[0].related_places] == ["kinh tế - xã hội", "kinh tế -xã hội"]


def test_any_archive_line_and_codes_joined_to_a_symbol_are_not_uses(lint_text):
    md = "Giao Sở Tư pháp chủ trì. - Lưu: HC, PLTP.\n"
    assert lint_text(md, ("KT503",)).findings == []
    md = ("Thông tư số 38/2015/TT- BTC; Tờ trình số 12/TTr -STP; giấy phép số: /GP-BXD; giao P.TCNS chủ trì; "
          "chỉ số VN_AQI.\n")
    assert lint_text(md, ("KT503",)).findings == []
    assert shown(lint_text("Giao TCNS chủ trì rà soát.\n", ("KT503",)).findings) == [("KT503", "info", "TCNS")]


def test_the_recipients_before_an_archive_line_when_the_page_lost_its_heading(lint_text):
    md = ("Các sở, ngành tổ chức thực hiện./. - Bộ Tư pháp (Cục KTVB); - Ủy ban MTTQVN tỉnh; - VPUB: CVP, PCVP; "
          "- Lưu: VT, KGVX.\n")
    assert lint_text(md, ("KT503",)).findings == []
    md = "Giao Phòng KGVX chủ trì; - Sở Tư pháp; - Lưu: VT.\n"
    assert shown(lint_text(md, ("KT503",)).findings) == [("KT503", "info", "KGVX")]


def test_a_name_in_capitals_after_a_family_name_keeps_its_spelling(lint_text):
    md = ("Ủy ban nhân dân huyện chỉ đạo hòa giải; khóa học được tổ chức.\n\n"
          "**KT. CHỦ TỊCH PHÓ CHỦ TỊCH NGUYỄN THỊ THUỲ**\n")
    assert lint_text(md, ("KT501",)).findings == []
    # a heading in capitals is no name: "VĂN" is a family name too, but not one KT501 reads as such
    wrong = md + "\n**PHÁT TRIỂN VĂN HOÁ**\n"
    assert [f.place["excerpt"] for f in lint_text(wrong, ("KT501",)).findings] == ["HOÁ"]


def test_users_extend_the_family_names(lint_text, tmp_path):
    md = "Ủy ban nhân dân huyện chỉ đạo hòa giải; khóa học được tổ chức.\n\n**NGƯỜI KÝ: LÒ VĂN THUỲ**\n"
    assert [f.place["excerpt"] for f in lint_text(md, ("KT501",)).findings] == ["THUỲ"]
    extra = tmp_path / "ho.txt"
    extra.write_text("lò  # họ Lò\n", encoding="utf-8")
    assert lint_text(md, ("KT501",), data={"surnames": (str(extra),)}).findings == []


# --- a web page's frame around a pasted document ------------------------------------------------

_PAGE_TOP = ("Bản quyền thuộc về trang Văn Bản Số. Các nội dung bị hủy bỏ được tô màu.\n\n"
             "Số hiệu:\n\n| 15/QĐ-UBND | |\n\nLoại văn bản:\n\n| Quyết định |\n\n"
             "Nơi ban hành:\n\n| Sở Văn hoá và Thể thao | |\n\n")
_BODY = ("| Còn hiệu lực | Giám đốc Sở ký quyết định về văn hóa, hòa giải cơ sở.\n\n"
         "Sở Văn hóa chỉ đạo đơn giản hóa thủ tục; hằng năm báo cáo.\n")


def test_the_info_table_of_a_pasted_web_page_is_not_the_drafts_spelling(lint_text):
    md = _PAGE_TOP + "Tình trạng:\n\n" + _BODY
    assert lint_text(md, ("KT501", "KT504")).findings == []
    # the value of the last field read as a one-row table: the whole row is the page's
    last_is_the_issuer = ("Số hiệu:\n\n| 15/QĐ-UBND | |\n\nLoại văn bản:\n\n| Quyết định |\n\n"
                          "Nơi ban hành:\n\n| Sở Văn hoá và Thể thao | Sở Y tế |\n\n"
                          + _BODY.replace("| Còn hiệu lực | ", ""))
    assert lint_text(last_is_the_issuer, ("KT501",)).findings == []
    # the draft's own text after the table still counts: "hàng năm" beside "hằng năm", "hoà" beside "hòa"
    md += "\nCác tổ hoà giải họp hàng năm.\n"
    assert shown(lint_text(md, ("KT501", "KT504")).findings) == [("KT501", "warning", "hoà"),
                                                                 ("KT504", "warning", "hàng năm")]


def test_a_draft_with_a_field_or_two_is_no_web_page(lint_text):
    """Two fields ("Nơi ban hành:", "Số hiệu:") can be the draft's own: everything counts."""
    md = _PAGE_TOP.replace("Loại văn bản:\n\n| Quyết định |\n\n", "") + "Ghi chú:\n\n" + _BODY
    findings = lint_text(md, ("KT501",)).findings
    assert shown(findings) == [("KT501", "warning", "hoá")]
    assert findings[0].message.vi == ("Đặt dấu thanh không thống nhất: “hoá”, trong khi phần lớn bản thảo đặt dấu "
                                      "như “hóa, hủy, hòa” (5 chỗ; như “hoá”: 1 chỗ); nên viết “hóa”")


def test_a_term_capitalised_only_at_a_sentence_start_may_be_the_common_noun(lint_text):
    """"Ban thường vụ" opening a sentence (or a clause after a colon) may be "ban thường vụ" in
    sentence case; with its other capital it is a spelling of the name."""
    md = ("Ban Thường vụ Tỉnh ủy chỉ đạo; Ban Thường vụ Huyện ủy thực hiện.\n\n"
          "Đối tượng gồm: Ban thường vụ tỉnh ủy, thành ủy trực thuộc Trung ương.\n")
    assert lint_text(md, ("KT504",)).findings == []
    md = md.replace("Đối tượng gồm: Ban", "Đối tượng gồm các đồng chí trong Ban")
    findings = lint_text(md, ("KT504",)).findings
    assert shown(findings) == [("KT504", "warning", "Ban thường vụ")]
    assert findings[0].message.vi == ("Thuật ngữ viết không thống nhất: “Ban thường vụ” (1 chỗ) trong khi bản thảo "
                                      "viết “Ban Thường vụ” 2 chỗ; nên viết “Ban Thường vụ”")


# --- KT503: spelled out without brackets, names of companies ------------------------------------

def test_an_abbreviation_followed_by_its_words_is_spelled_out(lint_text):
    """A list of abbreviations ("NLĐ: Người lao động") or brackets lost ("CBVC cán bộ viên chức")."""
    md = ("CHỮ VIẾT TẮT\n\nNLĐ: Người lao động\n\nNhà trường lấy ý kiến NLĐ và CBVC cán bộ viên chức hằng năm; "
          "CBGV - cán bộ và giảng viên đều tham gia.\n")
    assert lint_text(md, ("KT503",)).findings == []
    # a table of abbreviations, the words in the next cell of the row
    md = ("| Viết tắt | Nghĩa |\n|---|---|\n| NLĐ | Người lao động |\n| CBGV | Cán bộ, giảng viên |\n\n"
          "Nhà trường lấy ý kiến NLĐ và CBGV hằng năm.\n")
    assert lint_text(md, ("KT503",)).findings == []
    # a gloss explains, but does not make earlier uses come before a definition
    md = "Lấy ý kiến CBVC về cơ sở vật chất.\n\nCác CBVC cán bộ viên chức đều tham gia.\n"
    assert lint_text(md, ("KT503",)).findings == []
    # words whose initials do not spell it, or that come before it, explain nothing
    md = ("| Viết tắt | Nghĩa |\n|---|---|\n| NLĐ | Nhân lực |\n\n"
          "Nhà trường lấy ý kiến NLĐ, CBVC công chức viên chức và cán bộ giảng viên CBGV.\n")
    assert shown(lint_text(md, ("KT503",)).findings) == [("KT503", "info", "NLĐ"), ("KT503", "info", "CBVC"),
                                                         ("KT503", "info", "CBGV")]


def test_letters_ending_a_companys_name_are_its_name(lint_text):
    md = ("Công ty cổ phần ABX ký hợp đồng với Công ty TNHH Thương mại Dịch vụ QTM; dây cáp 2 lõi, "
          "Nhà sản xuất: ZENKO; hàng hóa theo Hiệp định CPTPP.\n")
    assert lint_text(md, ("KT503",)).findings == []
    # after a company's verb the letters are the draft's abbreviation again; a misspelt agreement too
    md = "Công ty Điện lực gửi BQL dự án văn bản; hàng hóa theo Hiệp định CPTTP.\n"
    assert shown(lint_text(md, ("KT503",)).findings) == [("KT503", "info", "BQL"), ("KT503", "info", "CPTTP")]


def test_the_contact_box_at_the_bottom_of_a_pasted_web_page_is_the_pages(lint_text):
    body = "Sở Văn hóa chỉ đạo đơn giản hóa thủ tục; Văn phòng Sở tại TP. HCM tổng hợp, báo cáo tại TP. HCM.\n\n"
    box = "Địa chỉ:\n\n| 25 Lê Lợi, TP.HCM |\n\nĐiện thoại:\n\n| (028) 3800 1234 |\n\nMã số thuế:\n\n| 0312345678 |\n\n"
    notice = "Thông báo của trang về việc hoà nhập dữ liệu.\n"
    assert lint_text(body + box + notice, ("KT501", "KT504")).findings == []
    # two fields are no web page: the draft's own address counts
    findings = lint_text(body + box.replace("Điện thoại:\n\n", "") + notice, ("KT501", "KT504")).findings
    assert shown(findings) == [("KT504", "warning", "TP.HCM"), ("KT501", "warning", "hoà")]


# --- KT504: names of bodies, spellings with no preferred one ------------------------------------

def test_a_bodys_name_capitalised_two_ways(lint_text):
    md = ("Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo chủ trì phiên họp; Ban Chỉ đạo giao nhiệm vụ.\n\n"
          "Các bộ báo cáo Thủ tướng chính phủ và Trưởng Ban chỉ đạo kết quả thực hiện.\n")
    findings = lint_text(md, ("KT504",)).findings
    assert [(f.place["excerpt"], f.message.vi) for f in findings] == [
        ("Thủ tướng chính phủ", "Thuật ngữ viết không thống nhất: “Thủ tướng chính phủ” (1 chỗ) trong khi bản thảo "
                                "viết “Thủ tướng Chính phủ” 1 chỗ; nên viết “Thủ tướng Chính phủ”"),
        ("Ban chỉ đạo", "Thuật ngữ viết không thống nhất: “Ban chỉ đạo” (1 chỗ) trong khi bản thảo viết “Ban Chỉ đạo” "
                        "2 chỗ; nên viết “Ban Chỉ đạo”")]
    # a new committee in sentence case at the start of a sentence, a table cell or a line is no slip
    md = ("Ban Chỉ đạo tỉnh họp định kỳ.\n\nBan chỉ đạo cấp xã được thành lập khi cần.\n\n"
          "| Nội dung | Mức chi | Ban chỉ đạo, ban tổ chức | 350 |\n")
    assert lint_text(md, ("KT504",)).findings == []


def test_spellings_with_no_preferred_one_follow_the_drafts_majority(lint_text):
    md = "Hội nghị tại TP.HCM; đoàn công tác của TP.HCM và tỉnh bạn; liên hệ qua email.\n\nHợp tác với TP. HCM.\n"
    findings = lint_text(md, ("KT504",)).findings
    assert [(f.place["excerpt"], f.message.vi) for f in findings] == [
        ("TP. HCM", "Thuật ngữ viết không thống nhất: “TP. HCM” (1 chỗ) trong khi bản thảo viết “TP.HCM” 2 chỗ; "
                    "nên viết “TP.HCM”")]
    assert lint_text("Hội nghị tại TP. HCM; đoàn của TP. HCM; E-mail: a@b.vn, gửi e-mail.\n", ("KT504",)).findings == []


def test_a_well_known_abbreviation_with_d_for_barred_d(lint_text):
    md = "Thường trực HDND tỉnh và Đoàn DBQH tỉnh dự; HDND huyện báo cáo.\n"
    findings = lint_text(md, ("KT503",)).findings
    assert [(f.severity, f.place["excerpt"], f.fix.replacement) for f in findings] == [
        ("warning", "HDND", "HĐND"), ("warning", "DBQH", "ĐBQH")]
    assert findings[0].message.vi == "“HDND” (dùng 2 lần) không phải chữ viết tắt quen thuộc; có lẽ là “HĐND”, chữ Đ " \
                                     "gõ thành D"
    # written right, or an abbreviation of its own that no well-known one spells with Đ
    assert lint_text("Thường trực HĐND tỉnh và Đoàn ĐBQH tỉnh dự.\n", ("KT503",)).findings == []
    assert [f.severity for f in lint_text("Phòng QLDT tổng hợp.\n", ("KT503",)).findings] == ["info"]


def test_covid_with_a_lopsided_dash_is_a_spelling_of_covid(lint_text):
    md = "Phòng, chống dịch COVID-19 hiệu quả; tiêm vắc-xin COVID-19.\n\nDịch COVID- 19 được kiểm soát.\n"
    assert shown(lint_text(md, ("KT504",)).findings) == [("KT504", "warning", "COVID- 19")]
    assert lint_text("Dịch Covid – 19 được kiểm soát; phòng, chống Covid – 19.\n", ("KT504",)).findings == []


def test_one_name_typed_with_two_apostrophes(lint_text):
    md = ("Huyện Ea H'leo và xã Ea H'leo có đồng bào M’nông sinh sống; M’nông là dân tộc bản địa.\n\n"
          "Đường về Ea H’leo được nâng cấp.\n")
    findings = lint_text(md, ("KT502",)).findings
    assert [(f.place["excerpt"], f.place["location"]["block"], f.place["location"]["start"]) for f in findings] == [
        ("H’leo", 1, 12)]
    assert findings[0].message.vi == ("“H’leo” viết với dấu nháy “’” (U+2019, 1 chỗ) trong khi bản thảo viết “H'leo” "
                                      "với “'” (U+0027) 2 chỗ: trông giống nhau nhưng tìm kiếm sẽ bỏ sót; nên viết "
                                      "“H'leo”")
    assert findings[0].fix.replacement == "'" and (findings[0].fix.start, findings[0].fix.end) == (13, 14)
    # one apostrophe throughout, and English possessives, are left alone
    md = "Huyện Ea H’leo, xã Ea H’leo; người M'nông; the Government's and the Government’s decree.\n"
    assert lint_text(md, ("KT502",)).findings == []


def test_bodies_over_capitalised_and_the_programme_capitalised_mid_sentence(lint_text):
    md = ("Ban Thường vụ Đảng ủy xã họp; Bí thư Đảng ủy chủ trì; Phó Ban Tuyên giáo Huyện ủy dự; xã đạt chuẩn "
          "nông thôn mới; Nông thôn mới nâng cao là mục tiêu.\n\n"
          "Đồng chí Bí thư Đảng Ủy cảm ơn Ban Tuyên Giáo; tiếp tục xây dựng Nông thôn mới.\n")
    findings = lint_text(md, ("KT504",)).findings
    assert [(f.place["excerpt"], f.message.vi.split(";")[0]) for f in findings] == [
        ("Đảng Ủy", "Thuật ngữ viết không thống nhất: “Đảng Ủy” (1 chỗ) trong khi bản thảo viết “Đảng ủy” 2 chỗ"),
        ("Ban Tuyên Giáo", "Thuật ngữ viết không thống nhất: “Ban Tuyên Giáo” (1 chỗ) trong khi bản thảo viết "
                           "“Ban Tuyên giáo” 1 chỗ"),
        ("Nông thôn mới", "Thuật ngữ viết không thống nhất: “Nông thôn mới” (1 chỗ) trong khi bản thảo viết "
                          "“nông thôn mới” 2 chỗ")]
    # a heading in capitals, and the programme opening a sentence, are no slip
    md = ("**BAN THƯỜNG VỤ ĐẢNG ỦY XÃ**\n\nBí thư Đảng ủy chủ trì; xã đạt chuẩn nông thôn mới.\n\n"
          "Nông thôn mới nâng cao là mục tiêu của Ban Tuyên giáo.\n")
    assert lint_text(md, ("KT504",)).findings == []


def test_covid_opening_a_sentence_keeps_its_spelling(lint_text):
    md = "Covid-19 diễn biến phức tạp.\n\nPhòng, chống dịch COVID-19 và tiêm vắc-xin COVID-19.\n"
    assert shown(lint_text(md, ("KT504",)).findings) == [("KT504", "warning", "Covid-19")]
    md = "Covid-19 diễn biến phức tạp.\n\nPhòng, chống dịch Covid-19 và tiêm vắc-xin Covid-19.\n"
    assert lint_text(md, ("KT504",)).findings == []


def test_when_the_draft_never_writes_the_right_spelling_it_is_still_the_one_to_write(lint_text):
    md = ("Các đồng chí trong Ban Chấp Hành Đảng bộ và Ban chấp hành các chi bộ, nơi Ban chấp hành họp định kỳ.\n\n"
          "Tình hình kinh tế-xã hội ổn định; kinh tế-xã hội tăng trưởng; phát triển kinh tế -xã hội.\n")
    findings = lint_text(md, ("KT504",)).findings
    assert [(f.place["excerpt"], f.message.vi) for f in findings] == [
        ("Ban Chấp Hành", "Thuật ngữ viết không thống nhất: “Ban Chấp Hành” (1 chỗ) trong khi bản thảo viết “Ban chấp "
                          "hành” 2 chỗ; nên viết “Ban Chấp hành”"),
        ("kinh tế -xã hội", "Thuật ngữ viết không thống nhất: “kinh tế -xã hội” (1 chỗ) trong khi bản thảo viết "
                            "“kinh tế-xã hội” 2 chỗ; nên viết “kinh tế - xã hội”")]
