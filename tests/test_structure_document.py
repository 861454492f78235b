"""KT103 parts of the document, in the Party and the State form: exact findings."""

from docx_factory import make_docx, p, table
from test_structure_support import PARTY_HEAD, PARTY_TAIL, draft, found, lint_path, without

STATE = draft("bao-cao-hanh-chinh")


MISSING_PARTY_HEADER = (
    "Văn bản thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”; tên cơ quan ban hành (như “HUYỆN ỦY TÂY SƠN”); số và ký "
    "hiệu văn bản (như “Số 112-BC/HU”); địa danh và ngày tháng năm (như “Tây Sơn, ngày 05 tháng 7 năm 2023”)")
MISSING_STATE_CLOSING = ("Văn bản thiếu thẩm quyền, chức vụ và họ tên người ký (như “TM. ỦY BAN NHÂN DÂN”, "
                         "“CHỦ TỊCH”); nơi nhận (“Nơi nhận:”)")


def test_a_whole_missing_header_block_is_one_info_in_the_form_the_signature_shows(lint_text):
    """Without its heading or number the text is not framed as a document (a paste, a body being
    written): what it lacks is said, as an info, not as a warning."""
    text = without(draft("kiem-diem"), "| ĐẢNG BỘ TỈNH BÌNH ĐỊNH | ĐẢNG CỘNG SẢN VIỆT NAM |", "|---|---|",
                   "| HUYỆN ỦY TÂY SƠN | Tây Sơn, ngày 05 tháng 7 năm 2023 |", "| * | |", "| Số 112-BC/HU | |")
    result = lint_text(text, ["KT103"])
    assert found(result) == [("KT103", "info", MISSING_PARTY_HEADER, None, [])]
    named = lint_text(text, ["KT103"], profile="kiem-diem")
    assert found(named) == [("KT103", "warning", MISSING_PARTY_HEADER, None, [])]


def test_a_number_without_its_heading_is_a_half_header_and_a_warning(lint_text):
    text = without(draft("kiem-diem"), "| ĐẢNG BỘ TỈNH BÌNH ĐỊNH | ĐẢNG CỘNG SẢN VIỆT NAM |", "|---|---|")
    text = "| Số 112-BC/HU | |\n|---|---|\n\n" + text.replace("| Số 112-BC/HU | |\n", "")
    assert found(lint_text(text, ["KT103"])) == [
        ("KT103", "warning", "Văn bản thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”", None, [])]


def test_a_web_page_table_flattened_into_paragraphs_frames_no_document(lint_text):
    """A converted web page keeps its header table as paragraphs with the cells cut by "|", and
    usually loses the signature block: what it lacks is said as infos."""
    web = ("|\n**ỦY BAN NHÂN\nDÂN** TỈNH BẮC HÀ\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
           "Độc lập - Tự do - Hạnh phúc\n---------\n|\n|\nSố: 45/QĐ-UBND\n|\n*Bắc Hà, ngày 03 tháng 3 năm 2024*\n|\n\n")
    body = "**QUYẾT ĐỊNH**\n\nVề việc thành lập tổ công tác\n\n**Điều 1.** Thành lập tổ công tác.\n\n"
    assert [f[:2] for f in found(lint_text(web + body + "Tải về văn bản gốc\n", ["KT103"]))] == [
        ("KT103", "info"), ("KT103", "info")]
    typed = ("| ỦY BAN NHÂN DÂN TỈNH BẮC HÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
             "| | Độc lập - Tự do - Hạnh phúc |\n| Số: 45/QĐ-UBND | Bắc Hà, ngày 03 tháng 3 năm 2024 |\n\n")
    assert found(lint_text(typed + body, ["KT103"])) == [("KT103", "info", MISSING_STATE_CLOSING, None, [])]
    closed = body.replace("Thành lập tổ công tác.", "Thành lập tổ công tác./.")
    assert found(lint_text(typed + closed, ["KT103"])) == [("KT103", "warning", MISSING_STATE_CLOSING, None, [])]

def test_missing_signature_and_recipients_in_a_state_draft_that_shows_its_end(lint_text):
    text = STATE.split("| Nơi nhận:")[0].replace("chính quyền số.", "chính quyền số./.")
    result = lint_text(text, ["KT103"])
    assert found(result) == [(
        "KT103", "warning",
        "Văn bản thiếu thẩm quyền, chức vụ và họ tên người ký (như “TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”); nơi nhận "
        "(“Nơi nhận:”)", None, [])]
    assert result.findings[0].message.en == (
        "The document lacks the signing authority, title and name (like “TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”); the "
        "recipients (“Nơi nhận:”)")


def test_a_text_that_stops_without_showing_its_end_lacks_no_closing_part(lint_text):
    """Cut after its last paragraph (a page keeping only the opening, a draft being written), the
    text may still have its signature to come: an info, not a warning."""
    text = STATE.split("| Nơi nhận:")[0]
    assert found(lint_text(text, ["KT103"])) == [("KT103", "info", MISSING_STATE_CLOSING, None, [])]
    assert found(lint_text(text, ["KT103"], profile="bao-cao-hanh-chinh")) == [
        ("KT103", "info", MISSING_STATE_CLOSING, None, [])]


def test_an_annex_after_the_body_shows_the_end_of_the_text(lint_text):
    text = STATE.split("| Nơi nhận:")[0] + "**PHỤ LỤC I**\n\nDanh sách các đơn vị\n\n"
    assert found(lint_text(text, ["KT103"])) == [("KT103", "warning", MISSING_STATE_CLOSING, None, [])]


def test_one_closing_part_shows_the_end_and_the_other_is_missing(lint_text):
    text = STATE.split("| Nơi nhận:")[0] + "| | KT. CHỦ TỊCH |\n|---|---|\n| | PHÓ CHỦ TỊCH |\n\n"
    assert found(lint_text(text, ["KT103"])) == [
        ("KT103", "warning", "Văn bản thiếu nơi nhận (“Nơi nhận:”)", None, [])]


def test_a_signer_title_alone_is_a_signature(lint_text):
    text = draft("kiem-diem").replace("| Nơi nhận: | T/M HUYỆN ỦY |", "| Nơi nhận: | |")
    assert found(lint_text(text, ["KT103"])) == []


def test_state_forms_in_a_party_document(lint_text):
    text = draft("kiem-diem").replace("| Số 112-BC/HU | |", "| Số: 112/BC-HU | |").replace("T/M HUYỆN ỦY",
                                                                                            "TM. HUYỆN ỦY")
    assert found(lint_text(text, ["KT103"])) == [
        ("KT103", "warning", "Ký hiệu “112/BC-HU” viết theo thể thức văn bản nhà nước trong khi đây là văn bản của "
                             "Đảng (có “ĐẢNG CỘNG SẢN VIỆT NAM”): viết “112-BC/HU”", "112/BC-HU", []),
        ("KT103", "warning", "“TM.” là cách ghi của văn bản nhà nước; đây là văn bản của Đảng (có “ĐẢNG CỘNG SẢN "
                             "VIỆT NAM”), ghi “T/M”", "TM.", []),
    ]


def test_party_forms_in_a_state_document(lint_text):
    text = STATE.replace("Số: 245/BC-UBND", "Số 245-BC/UBND").replace("KT. CHỦ TỊCH", "K/T CHỦ TỊCH")
    assert found(lint_text(text, ["KT103"])) == [
        ("KT103", "warning", "Ký hiệu “245-BC/UBND” viết theo thể thức văn bản của Đảng trong khi đây là văn bản nhà "
                             "nước (có “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”): viết “245/BC-UBND”", "245-BC/UBND", []),
        ("KT103", "warning", "“K/T” là cách ghi của văn bản của Đảng; đây là văn bản nhà nước (có “CỘNG HÒA XÃ HỘI "
                             "CHỦ NGHĨA VIỆT NAM”), ghi “KT.”", "K/T", []),
    ]


def test_the_colon_after_so(lint_text):
    party = draft("kiem-diem").replace("| Số 112-BC/HU | |", "| Số: 112-BC/HU | |")
    assert found(lint_text(party, ["KT103"])) == [
        ("KT103", "info", "Văn bản của Đảng ghi “Số 112-BC/HU”, không có dấu hai chấm sau “Số”", "Số:", [])]
    state = STATE.replace("Số: 245/BC-UBND", "Số 245/BC-UBND")
    assert found(lint_text(state, ["KT103"])) == [
        ("KT103", "info", "Văn bản nhà nước ghi “Số: 245/BC-UBND”, có dấu hai chấm sau “Số”", "Số", [])]


def test_a_blank_number_and_a_blank_date_count_as_present(lint_text):
    text = draft("kiem-diem").replace("| Số 112-BC/HU | |", "| Số      -BC/HU | |").replace(
        "Tây Sơn, ngày 05 tháng 7 năm 2023", "Tây Sơn, ngày     tháng     năm 2023")
    assert found(lint_text(text, ["KT103"])) == []


def test_motto_and_summary(lint_text):
    text = STATE.replace("Độc lập - Tự do - Hạnh phúc", "").replace(
        "**Kết quả công tác cải cách hành chính năm 2023 và phương hướng, nhiệm vụ năm 2024**\n", "")
    assert found(lint_text(text, ["KT103"])) == [
        ("KT103", "warning", "Dưới quốc hiệu thiếu tiêu ngữ “Độc lập - Tự do - Hạnh phúc”",
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", []),
        ("KT103", "warning", "Sau tên loại “BÁO CÁO” thiếu trích yếu nội dung (một dòng nêu báo cáo về việc gì)",
         "BÁO CÁO", []),
    ]


def test_a_political_report_needs_no_number_signature_or_recipients(lint_text):
    assert found(lint_text(draft("bao-cao-chinh-tri"), ["KT103"])) == []
    result = lint_text(draft("bao-cao-chinh-tri"), ["KT103"], profile="bao-cao")
    assert [f.message.vi for f in result.findings] == [
        "Văn bản thiếu số và ký hiệu văn bản (như “Số 112-BC/HU”)",
        "Văn bản thiếu thẩm quyền, chức vụ và họ tên người ký (như “T/M HUYỆN ỦY”, “BÍ THƯ”); nơi nhận (“Nơi nhận:”)"]


def test_a_body_fragment_is_not_judged_unless_its_profile_is_named(lint_text):
    fragment = "**I. KẾT QUẢ**\n\nNội dung.\n\n**II. NHIỆM VỤ**\n\nNội dung.\n"
    assert found(lint_text(fragment, ["KT103"])) == []
    result = lint_text(fragment, ["KT103"], profile="so-ket")
    assert [f.message.vi for f in result.findings] == [
        "Văn bản thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” (văn bản của Đảng) hoặc quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ "
        "NGHĨA VIỆT NAM” (văn bản nhà nước); tên cơ quan ban hành; số và ký hiệu văn bản; địa danh và ngày tháng "
        "năm (như “Tây Sơn, ngày 05 tháng 7 năm 2023”)",
        "Văn bản thiếu tên loại và trích yếu nội dung (“BÁO CÁO” và một dòng nêu báo cáo về việc gì)",
        "Văn bản thiếu thẩm quyền, chức vụ và họ tên người ký; nơi nhận (“Nơi nhận:”)"]


def test_parts_in_borderless_tables_and_paragraphs_of_a_docx(tmp_path):
    def cell(*lines):
        return "".join(p(line, bold=True) for line in lines)

    head = table([[cell("ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "HUYỆN ỦY TÂY SƠN", "*", "Số 112-BC/HU"),
                   cell("ĐẢNG CỘNG SẢN VIỆT NAM", "Tây Sơn, ngày 05 tháng 7 năm 2023")]])
    body = (p("BÁO CÁO", bold=True, ppr='<w:jc w:val="center"/>')
            + p("sơ kết công tác quý I", bold=True, ppr='<w:jc w:val="center"/>')
            + p("I. KẾT QUẢ", bold=True) + p("Nội dung.") + p("II. NHIỆM VỤ", bold=True) + p("Nội dung."))
    tail = p("Nơi nhận:") + p("- Lưu VP.") + p("T/M BAN THƯỜNG VỤ", bold=True) + p("PHÓ BÍ THƯ", bold=True)
    assert found(lint_path(make_docx(tmp_path / "d.docx", head + body + tail), ["KT103"])) == []
    assert [f.message.vi for f in lint_path(make_docx(tmp_path / "e.docx", head + body), ["KT103"]).findings] == [
        "Văn bản thiếu thẩm quyền, chức vụ và họ tên người ký (như “T/M HUYỆN ỦY”, “BÍ THƯ”); nơi nhận (“Nơi nhận:”)"]


def test_an_empty_draft_head_and_tail_are_recognised_in_markdown_too(lint_text):
    text = PARTY_HEAD + "**BÁO CÁO**\n\n**tình hình quý I**\n\nNội dung.\n" + PARTY_TAIL
    assert found(lint_text(text, ["KT103"])) == []


def test_parts_laid_out_with_tabs_instead_of_tables(lint_text):
    text = ("ĐẢNG BỘ TỈNH BÌNH ĐỊNH\t\t\tĐẢNG CỘNG SẢN VIỆT NAM\n\nHUYỆN ỦY TÂY SƠN\n\n"
            "Số    -BC/HU\t\t\tTây Sơn, ngày    tháng    năm 2023\n\n**BÁO CÁO**\n\n**tình hình quý I**\n\n"
            "Nội dung.\n\nNơi nhận:\t\t\tT/M HUYỆN ỦY\n\n- Lưu VP.\t\t\tBÍ THƯ\n")
    result = lint_text(text, ["KT103", "KT106"])
    assert found(result) == [
        ("KT106", "info", "Ngày tháng ban hành còn để trống “ngày    tháng    năm 2023” (bình thường khi chưa ký; "
                          "điền khi ban hành)", "ngày    tháng    năm 2023", [])]


def test_capitals_shown_by_word_and_an_issuer_typed_in_lower_case(tmp_path):
    from docx_factory import para, run

    caps = "<w:caps/>"
    body = (p("Huyện ủy Tây Sơn") + p("ĐẢNG CỘNG SẢN VIỆT NAM") + p("Số 112-BC/HU")
            + p("Tây Sơn, ngày 05 tháng 7 năm 2023") + p("BÁO CÁO", bold=True, ppr='<w:jc w:val="center"/>')
            + p("tình hình quý I", bold=True, ppr='<w:jc w:val="center"/>') + p("Nội dung.")
            + p("Nơi nhận:") + para(run("Bí thư", bold=True, extra_rpr=caps)))
    assert found(lint_path(make_docx(tmp_path / "d.docx", body), ["KT103"])) == []


def test_a_text_of_sentences_with_a_first_short_line_is_a_fragment(lint_text):
    text = "# Các câu trích dẫn mẫu\n\n" + "Ban Chấp hành đã ban hành Chương trình hành động số 01-CTr/HU, " * 3 + "\n"
    assert found(lint_text(text, ["KT103"], name="d.txt")) == []
