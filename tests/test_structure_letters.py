"""Letters and Roman numerals are told apart by the sequence and the level, never by the letter
alone: a draft with parts A-D, each with I., II. and 1., 1.1., gives one tree whether its numbers
are typed or come from a Word multilevel list."""

from docx_factory import make_docx, numbered, p

from kiemtra_lint.readers import read_document
from kiemtra_lint.report.tree import tree_json
from test_structure_support import lint_path

NUMBERING = """
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%2."/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
 <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3.%4."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNum w:val="0"/><w:abstractNumId w:val="0"/></w:num>"""
PARTS = ["KẾT QUẢ", "HẠN CHẾ", "NGUYÊN NHÂN", "PHƯƠNG HƯỚNG"]
EXPECTED = [
    {"label": f"{letter}.", "title": title, "level": 1, "blocks": 0, "children": [
        {"label": "I.", "title": "Về chính trị", "level": 2, "blocks": 0, "children": [
            {"label": "1.", "title": "Công tác tư tưởng", "level": 3, "blocks": 0, "children": [
                {"label": "1.1.", "title": "Học tập nghị quyết", "level": 4, "blocks": 1, "children": []}]}]},
        {"label": "II.", "title": "Về kinh tế", "level": 2, "blocks": 1, "children": []}]}
    for letter, title in zip("ABCD", PARTS)]


def _body(para):
    out = ""
    for letter, title in zip("ABCD", PARTS):
        out += (para(letter + ". ", title, 0) + para("I. ", "Về chính trị", 1) + para("1. ", "Công tác tư tưởng", 2)
                + para("1.1. ", "Học tập nghị quyết", 3) + p("Các chi bộ tổ chức học tập đầy đủ.")
                + para("II. ", "Về kinh tế", 1) + p("Thu ngân sách đạt kế hoạch."))
    return out


def test_parts_a_to_d_typed_and_list_numbered_give_the_same_tree(tmp_path):
    typed = make_docx(tmp_path / "typed.docx", _body(lambda label, text, _: p(label + text, bold=True)))
    listed = make_docx(tmp_path / "list.docx", _body(lambda _, text, ilvl: numbered(text, 1, ilvl, bold=True)),
                       numbering=NUMBERING)
    trees = []
    for path in (typed, listed):
        tree = tree_json(read_document(path))
        tree.pop("path")
        trees.append(tree)
    assert trees[0]["sections"] == EXPECTED
    assert trees[0] == trees[1]
    assert [f.rule for f in lint_path(typed, ["KT101", "KT104"]).findings] == []
    assert [f.rule for f in lint_path(listed, ["KT101", "KT104"]).findings] == []


def test_i_after_h_is_a_letter_and_v_after_iv_is_roman():
    from kiemtra_lint.outline import build_outline
    from kiemtra_lint.readers.textfile import parse_text

    letters = "ABCDEGHI"
    md = "\n\n".join(f"**{ch}. PHẦN {ch}**\n\n**I. Mục một**\n\nNội dung." for ch in "ABCDEG") + "\n\n"
    md += "**H. PHẦN H**\n\nNội dung.\n\n**I. PHẦN I**\n\n**I. Mục một**\n\nNội dung.\n\n"
    md += "**II. Mục hai**\n\nNội dung.\n\n**III. Mục ba**\n\nNội dung.\n\n**IV. Mục bốn**\n\nNội dung.\n\n"
    md += "**V. Mục năm**\n\nNội dung.\n"
    doc = parse_text(md, "t.md", "md")
    build_outline(doc)
    top = doc.root.children
    assert [(s.label, s.kind) for s in top] == [(f"{ch}.", "upper") for ch in letters]
    assert [(s.label, s.kind) for s in top[-1].children] == [("I.", "roman"), ("II.", "roman"), ("III.", "roman"),
                                                             ("IV.", "roman"), ("V.", "roman")]


def test_i_right_under_h_followed_by_ii_opens_the_roman_numerals():
    from kiemtra_lint.outline import build_outline
    from kiemtra_lint.readers.textfile import parse_text

    md = "**G. PHẦN G**\n\nNội dung.\n\n**H. PHẦN H**\n\n**I. Mục một**\n\nNội dung.\n\n**II. Mục hai**\n\nNội dung.\n"
    doc = parse_text(md, "t.md", "md")
    build_outline(doc)
    assert [(s.label, s.kind, [(c.label, c.kind) for c in s.children]) for s in doc.root.children] == [
        ("G.", "upper", []), ("H.", "upper", [("I.", "roman"), ("II.", "roman")])]


def test_parts_a_to_d_give_the_same_tree_in_markdown_and_with_heading_styles(tmp_path):
    md = "".join(f"**{letter}. {title}**\n\n**I. Về chính trị**\n\n**1. Công tác tư tưởng**\n\n"
                 "**1.1. Học tập nghị quyết**\n\nCác chi bộ tổ chức học tập đầy đủ.\n\n**II. Về kinh tế**\n\n"
                 "Thu ngân sách đạt kế hoạch.\n\n" for letter, title in zip("ABCD", PARTS))
    (tmp_path / "d.md").write_text(md, encoding="utf-8")
    styles = {0: "Heading1", 1: "Heading2", 2: "Heading3"}
    styled = make_docx(tmp_path / "styled.docx",
                       _body(lambda label, text, level: p(label + text, bold=True, style=styles.get(level))))
    for path in (tmp_path / "d.md", styled):
        assert tree_json(read_document(path))["sections"] == EXPECTED
        assert [f.rule for f in lint_path(path, ["KT101", "KT104"]).findings] == []
