"""The .md/.txt reader: paragraphs, headings, tables, notes, comments, source positions."""

from kiemtra_lint.readers.textfile import parse_text


def test_wrapped_markdown_paragraph_keeps_each_line_position():
    doc = parse_text("Dòng một của đoạn\n  dòng hai[^1] tiếp\n\n[^1]: Chú thích.\n", "a.md", "md")
    block = doc.blocks[0]
    assert block.text == "Dòng một của đoạn dòng hai tiếp"
    assert [(s.start, s.end, s.para, s.offset) for s in block.segments] == [
        (0, 17, 0, 0), (18, 26, 1, 2), (26, 31, 1, 14)]
    assert [(r.offset, r.note, r.block) for r in block.note_refs] == [(26, "1", 1)]
    assert (doc.blocks[1].kind, doc.blocks[1].text) == ("footnote", "Chú thích.")


def test_markdown_headings_bold_lines_and_tables():
    doc = parse_text("# Phần một\n\n**I. KẾT QUẢ**\n\n| Chỉ tiêu | Số |\n|---|---|\n| Tổng | 12 |\n", "a.md", "md")
    assert [(b.kind, b.text, b.outline_level, b.bold) for b in doc.blocks[:2]] == [
        ("paragraph", "Phần một", 0, True), ("paragraph", "I. KẾT QUẢ", None, True)]
    grid = [[doc.blocks[i].text for i in row] for row in doc.tables[0].cells]
    assert grid == [["Chỉ tiêu", "Số"], ["Tổng", "12"]]


def test_plain_text_lines_are_paragraphs_and_html_comments_are_kept():
    doc = parse_text("Dòng một\n<!-- kiemtra: bỏ qua KT201 -->\nTỷ lệ 90,5%\n", "a.txt", "txt")
    assert [b.text for b in doc.blocks] == ["Dòng một", "Tỷ lệ 90,5%"]
    assert [(c.text, c.block) for c in doc.comments] == [("kiemtra: bỏ qua KT201", 1)]


def test_nfd_text_is_normalised_and_marked():
    import unicodedata

    doc = parse_text(unicodedata.normalize("NFD", "Ủy ban") + "\n", "a.txt", "txt")
    assert doc.blocks[0].text == "Ủy ban" and doc.blocks[0].denormalized == [(0, 6)]
