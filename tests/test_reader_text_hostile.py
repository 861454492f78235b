"""The .md/.txt reader on shapes that used to take time quadratic in their size (issue 20).

The behaviour is asserted here; the seconds are measured by bench/hostile.py (no timed
test): an unclosed "<!--" is text, not a comment hiding the rest of the draft; a comment
closing lines later is one comment; "[^" repeated is text; a table rule is recognised by
a pattern that takes its spaces possessively.
"""

from __future__ import annotations

from kiemtra_lint.readers.textfile import parse_text


def test_an_unclosed_comment_is_text_and_the_rest_is_read():
    doc = parse_text("Đoạn mở đầu\n<!-- quên đóng\nTỷ lệ đạt 90,5%.\n\nĐoạn cuối.\n", "a.md", "md")
    assert [b.text for b in doc.blocks] == ["Đoạn mở đầu <!-- quên đóng Tỷ lệ đạt 90,5%.", "Đoạn cuối."]
    assert doc.comments == []


def test_every_line_opening_a_comment_that_never_closes():
    doc = parse_text("<!-- a\n" * 3 + "\nHết.\n", "a.txt", "txt")
    assert [b.text for b in doc.blocks] == ["<!-- a", "<!-- a", "<!-- a", "Hết."]


def test_a_comment_over_several_lines_and_one_left_open_after_it():
    doc = parse_text("Mở <!-- kiemtra: bỏ qua\nKT201 --> Tỷ lệ 90,5% <!-- mở mãi\nCuối\n", "a.txt", "txt")
    # the comment is blanked with spaces over both lines, the text around it kept, as before
    assert [b.text for b in doc.blocks] == ["Mở" + " " * 32 + "Tỷ lệ 90,5% <!-- mở mãi", "Cuối"]
    assert [(c.text, c.block) for c in doc.comments] == [("kiemtra: bỏ qua\nKT201", 0)]


def test_inline_comments_are_blanked_and_kept_in_order():
    doc = parse_text("A <!--x--> B <!--y-->C <!--\n", "a.txt", "txt")
    assert [b.text for b in doc.blocks] == ["A" + " " * 10 + "B" + " " * 9 + "C <!--"]
    assert [c.text for c in doc.comments] == ["x", "y"]


def test_repeated_note_openers_are_text_and_the_last_mark_still_counts():
    doc = parse_text("[^" * 1000 + "\n\nSố liệu[^a[^b] tiếp\n\n[^b]: Nguồn.\n", "a.md", "md")
    assert doc.blocks[0].text == "[^" * 1000 and doc.blocks[0].note_refs == []
    assert doc.blocks[1].text == "Số liệu[^a tiếp"
    assert [(r.offset, r.note) for r in doc.blocks[1].note_refs] == [(10, "b")]


def test_a_table_rule_with_many_spaces_and_no_dashes_after_them():
    doc = parse_text("| Chỉ tiêu | Số |\n|--" + " " * 5000 + "x|\n| Tổng | 12 |\n", "a.md", "md")
    assert [[doc.blocks[i].text for i in row] for row in doc.tables[0].cells] == [
        ["Chỉ tiêu", "Số"], ["--" + " " * 5000 + "x"], ["Tổng", "12"]]
    doc = parse_text("| Chỉ tiêu | Số |\n| :--- |  ---: |\n| Tổng | 12 |\n", "a.md", "md")
    assert [[doc.blocks[i].text for i in row] for row in doc.tables[0].cells] == [["Chỉ tiêu", "Số"], ["Tổng", "12"]]
