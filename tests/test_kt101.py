"""KT101 heading numbering: exact findings on focused drafts, none on a correct one."""

from docx_factory import make_docx, numbered, p
from test_structure_support import lint_path


def check(lint_text, md: str, name="d.md"):
    result = lint_text(md, ["KT101"], name=name)
    assert result.error is None
    return [(f.message.vi, f.place["excerpt"], f.place["location"]["section"]) for f in result.findings]


def heads(*labels):
    return "\n\n".join(f"**{label} Tiêu đề**\n\nNội dung." for label in labels) + "\n"


def test_correct_draft_has_no_finding(lint_text):
    md = heads("A.", "I.", "1.", "1.1.", "1.2.", "a)", "b)", "c)", "d)", "đ)", "e)", "2.", "II.", "1.", "B.",
               "I.")
    assert check(lint_text, md) == []


def test_letters_may_follow_the_latin_or_the_vietnamese_alphabet(lint_text):
    assert check(lint_text, heads("I.", "a)", "b)", "c)", "d)", "e)", "f)")) == []
    assert check(lint_text, heads("I.", "a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "i)", "k)")) == []


def test_gap(lint_text):
    assert check(lint_text, heads("I.", "1.", "2.", "4.")) == [
        ("Đánh số mục không liên tục: sau “2.” là “4.”, thiếu “3.”", "4.", ["I.", "4."])]


def test_repeat_and_restart(lint_text):
    assert check(lint_text, heads("I.", "II.", "II.", "III.", "I.")) == [
        ("Số mục “II.” bị lặp lại (mục trước cũng là “II.”)", "II.", ["II."]),
        ("Đánh số mục bị bắt đầu lại: sau “III.” lại là “I.”", "I.", ["I."]),
    ]


def test_a_restart_stands_for_the_number_it_replaced(lint_text):
    """"II., I., IV.": the second "I." was meant as "III.", reported once; "IV." follows in place."""
    assert check(lint_text, heads("I.", "II.", "I.", "IV.")) == [
        ("Đánh số mục bị bắt đầu lại: sau “II.” lại là “I.”", "I.", ["I."])]
    assert check(lint_text, heads("I.", "II.", "I.", "II.")) == [
        ("Đánh số mục bị bắt đầu lại: sau “II.” lại là “I.”", "I.", ["I."])]
    assert check(lint_text, heads("I.", "II.", "I.", "V.")) == [
        ("Đánh số mục bị bắt đầu lại: sau “II.” lại là “I.”", "I.", ["I."]),
        ("Đánh số mục không liên tục: sau “I.” là “V.”, thiếu “IV.”", "V.", ["V."])]


def test_skipped_level_reported_once_per_parent(lint_text):
    assert check(lint_text, heads("I.", "1.1.", "1.2.", "II.")) == [
        ("Mục “1.1.” nằm ngay dưới “I.”, bỏ qua cấp “1.”", "1.1.", ["I.", "1.1."])]


def test_sub_number_must_match_parent(lint_text):
    assert check(lint_text, heads("1.", "1.1.", "2.", "1.1.", "1.2.")) == [
        ("Số mục “1.1.” không khớp mục cha “2.” (phải là “2.1.”)", "1.1.", ["2.", "1.1."]),
        ("Số mục “1.2.” không khớp mục cha “2.” (phải là “2.2.”)", "1.2.", ["2.", "1.2."]),
    ]


def test_first_heading_not_one(lint_text):
    assert check(lint_text, heads("I.", "2.", "3.")) == [
        ("Mục đầu tiên cùng cấp lại đánh số “2.”, thiếu “1.”", "2.", ["I.", "2."])]


def test_mixed_trailing_dot(lint_text):
    assert check(lint_text, heads("1.", "1.1.", "1.2", "1.3.")) == [
        ("Dấu sau số mục không thống nhất: “1.2” trong khi 2 mục cùng loại viết như “1.2.”", "1.2", ["1.", "1.2"])]


def test_mixed_roman_punctuation(lint_text):
    assert check(lint_text, heads("I.", "II.", "III -")) == [
        ("Dấu sau số mục không thống nhất: “III -” trong khi 2 mục cùng loại viết như “III.”", "III -", ["III -"])]


def test_parts_in_words(lint_text):
    md = "**Phần thứ nhất**\n\nKẾT QUẢ\n\n**Phần thứ ba**\n\nNHIỆM VỤ\n"
    assert check(lint_text, md) == [
        ("Đánh số mục không liên tục: sau “Phần thứ nhất” là “Phần thứ ba”, thiếu “Phần II”", "Phần thứ ba",
         ["Phần thứ ba"])]


def test_rendered_numbers_are_checked_and_point_at_the_heading(tmp_path):
    numbering = """
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"""
    body = (numbered("KẾT QUẢ", 1, bold=True) + p("Nội dung.") + numbered("HẠN CHẾ", 1, bold=True)
            + numbered("NGUYÊN NHÂN", 2, bold=True))
    path = make_docx(tmp_path / "d.docx", body, numbering=numbering)
    result = lint_path(path, ["KT101"])
    assert [(f.message.vi, f.place["excerpt"]) for f in result.findings] == [
        ("Đánh số mục bị bắt đầu lại: sau “II.” lại là “I.”", "NGUYÊN NHÂN")]


def test_a_text_opening_part_way_through_a_longer_one(lint_text):
    """A page that keeps a plan from its third part on ("III." then "3.1.2." on its first lines):
    the parts and items before are not in the text, so neither is missing."""
    assert check(lint_text, heads("III.", "3.1.2.", "3.1.3.", "IV.", "1.", "2.")) == []
    assert check(lint_text, heads("III.", "3.1.2.", "IV.", "2.")) == [
        ("Mục đầu tiên cùng cấp lại đánh số “2.”, thiếu “1.”", "2.", ["IV.", "2."])]
    framed = "**KẾ HOẠCH**\n\n**Phát triển kinh tế năm 2025**\n\n" + heads("III.", "3.1.2.")
    assert [m for m, _, _ in check(lint_text, framed)] == [
        "Mục đầu tiên cùng cấp lại đánh số “III.”, thiếu “I.”",
        "Mục đầu tiên cùng cấp lại đánh số “3.1.2.”, thiếu “3.1.1.”",
        "Mục “3.1.2.” nằm ngay dưới “III.”, bỏ qua cấp “3.1.”"]


def test_points_numbered_on_through_the_parts(lint_text):
    """A summary numbering its points through all its parts: "II." opens with "3." after "I." ended
    with "2."; a part whose first point does not carry on is still reported."""
    assert check(lint_text, heads("I.", "1.", "2.", "II.", "3.", "4.")) == []
    assert check(lint_text, heads("I.", "1.", "2.", "II.", "2.", "3.")) == [
        ("Mục đầu tiên cùng cấp lại đánh số “2.”, thiếu “1.”", "2.", ["II.", "2."])]


def test_a_sequence_split_by_bold_lines_without_numbers(lint_text):
    """A page's bold link lines ("Tải … về tại đây") become parents in the outline: "II." under one
    of them still follows "I." under another, and "III." after an annex's own list "I.–V." under a
    third carries on the parts.  A restart there that carries nothing on is still reported."""
    def parts(*labels):
        return "".join(f"**{label} Mục {label}**\n\nNội dung.\n\n" for label in labels)

    def page(*last):
        return ("**1. Hiệu lực**\n\nNội dung.\n\n**2. Các phụ lục**\n\nNội dung.\n\n**Tải bản PDF về máy**\n\n"
                + parts("I.") + "**Tải hệ thống tài khoản về tại đây**\n\n" + parts("II.") + "**SỐ HIỆU**\n\n"
                + parts(*last))
    assert check(lint_text, page("I.", "II.", "III.", "IV.", "V.", "III.")) == []
    assert [m for m, _, _ in check(lint_text, page("I.", "II.", "III.", "IV.", "I."))] == [
        "Đánh số mục bị bắt đầu lại: sau “IV.” lại là “I.”"]
