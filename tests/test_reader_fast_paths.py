"""The reader's fast paths give what the general code gives (texts, offsets, bold counts, sections)."""

from docx_factory import SEPARATORS, footnote, make_docx, note_ref, numbered, p, para, run, table

from kiemtra_lint.document import Segment
from kiemtra_lint.readers import read_document
from kiemtra_lint.readers.docx import _append, _strip
from kiemtra_lint.readers.docx_walker import RawParagraph
from kiemtra_lint.readers.legacy import detect
from kiemtra_lint.readers.textbuilder import TextBuilder


def test_strip_keeps_text_without_surrounding_space_as_is():
    assert _strip("Báo cáo") == ("Báo cáo", 0)
    assert _strip("") == ("", 0)
    assert _strip("  a b\t") == ("a b", 2)
    assert _strip("\u00a0x") == ("x", 1)  # no-break space is whitespace for str.strip
    assert _strip("x\u3000") == ("x", 0)
    assert _strip(" \n ") == ("", 3)


def _raw(text, segments, **lists):
    raw = RawParagraph("document", 0, text=text, segments=segments)
    for name, value in lists.items():
        setattr(raw, name, value)
    return raw


def test_append_unshifted_takes_the_segments_and_shifted_copies_them():
    seg = Segment(0, 3, "document", 4, 1, 2)
    first = _raw("abc", [seg], denormalized=[(0, 3)], note_refs=[(3, "1")], comment_marks=[("start", "0", 1)])
    merged = RawParagraph("document", 0)
    _append(merged, first, 0)
    assert merged.segments == [seg] and merged.segments[0] is seg
    assert merged.denormalized == [(0, 3)] and merged.note_refs == [(3, "1")]
    assert merged.comment_marks == [("start", "0", 1)]
    _append(merged, first, 4)
    assert merged.segments[1] == Segment(4, 7, "document", 4, 1, 2) and merged.segments[1] is not seg
    assert merged.denormalized == [(0, 3), (4, 7)] and merged.note_refs == [(3, "1"), (7, "1")]
    assert merged.comment_marks == [("start", "0", 1), ("start", "0", 5)]
    assert seg == Segment(0, 3, "document", 4, 1, 2)  # the source is left as it was


def test_text_builder_normalises_each_piece_and_marks_it():
    builder = TextBuilder()
    builder.add("ab", "document", 0, 0)
    builder.add("e\u0301", "document", 0, 1, 2)  # decomposed: normalised to one code point
    builder.add("", "document", 0, 2)
    builder.add("đ", "document", 0, 3)
    assert builder.finish() == "abéđ"
    assert builder.denormalized == [(2, 3)]
    assert [(s.start, s.end, s.run, s.offset) for s in builder.segments] == [(0, 2, 0, 0), (2, 3, 1, 2), (3, 4, 3, 0)]



def test_text_builder_finish_one_piece_and_a_composition_across_pieces():
    one = TextBuilder()
    one.add("Vie\u0302\u0323t", "document", 0, 0)
    assert one.finish() == "Việt" and one.denormalized == [(0, 4)]
    two = TextBuilder()
    two.add("Vie", "document", 0, 0)
    two.add("\u0302\u0323t", "document", 0, 1)  # the marks compose with the "e" of the run before
    assert two.finish() == "Việt" and two.denormalized == [(3, 6), (0, 4)]
    assert [(s.start, s.end) for s in two.segments] == [(0, 2), (2, 4)]

def test_tabs_and_breaks_are_not_counted_as_bold_text(tmp_path):
    # "\t" inside w:t is not a visible character: the paragraph stays all bold
    body = para(run("TIÊU\tĐỀ", bold=True), run(" \n", bold=False)) + para(run("a\tb", bold=True), run("c"))
    doc = read_document(make_docx(tmp_path / "d.docx", body))
    assert [b.bold for b in doc.blocks] == [True, False]


def test_table_cells_keep_offsets_of_every_paragraph(tmp_path):
    body = table([["Ô một", "x"]]) + p("sau")
    doc = read_document(make_docx(tmp_path / "d.docx", body))
    cell = doc.blocks[0]
    assert cell.text == "Ô một"
    assert [(s.start, s.end, s.para, s.run) for s in cell.segments] == [(0, 5, 0, 0)]


def test_blocks_under_a_part_with_its_title_on_the_next_line_get_the_full_path(tmp_path):
    body = (p("BÁO CÁO", bold=True) + p("Tổng kết", bold=True) + p("Phần thứ nhất", bold=True)
            + p("KẾT QUẢ THỰC HIỆN", bold=True) + p("Nội dung phần một.") + p("I. Tình hình chung", bold=True)
            + p("Nội dung mục I dài hơn một chút."))
    doc = read_document(make_docx(tmp_path / "d.docx", body))  # with its outline
    part, first = ("Phần thứ nhất",), ("Phần thứ nhất", "I.")
    assert [(b.kind, b.section) for b in doc.blocks] == [
        ("paragraph", ()), ("paragraph", ()), ("heading", part), ("heading", part), ("paragraph", part),
        ("heading", first), ("paragraph", first)]
    assert doc.root.children[0].title == "KẾT QUẢ THỰC HIỆN"


LEGACY_CASES = [  # (text, fonts, what the detection said before it counted letters only when needed)
    ("", {}, None), ("12345 67", {}, None), ("12345 67", {".VnTime": 8}, None),
    ("Uû ban nh©n d©n huyÖn", {".VnTime": 20}, "TCVN3"), ("Uû ban nh©n d©n huyÖn", {}, None),
    ("Xin chaøo caùc baïn, ñaây laø vaên baûn", {}, "VNI"),
    ("Xin chaøo caùc baïn, ñaây laø vaên baûn", {"VNI-Times": 30}, "VNI"),
    ("Ủy ban nhân dân huyện", {".VnTime": 20}, None), ("Ủy ban nhân dân huyện", {"Times New Roman": 20}, None),
    ("Ủy ban nhân dân huyện " * 600, {".VnTime": 100, "Arial": 10}, None),
    ("Hello world, plain English text.", {"Arial": 30}, None), ("café naïve résumé façade", {}, None),
    ("Ă", {".VnTime": 1}, None), ("--- ...", {"VNI-Times": 5, "Arial": 0}, None), ("abc", {".VnTime": 0}, None),
]


def test_legacy_detection_counts_letters_only_when_needed():
    for text, fonts, expected in LEGACY_CASES:
        assert detect(text, fonts) == expected, (text, fonts)


def test_cells_of_one_paragraph_numbered_blank_or_padded(tmp_path):
    numbering = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = table([[numbered("Hàng một", 1), p("x")], [numbered("Hàng hai", 1) + p("tiếp"), "<w:p/>"],
                  [para(run("  "), note_ref(1)), p("  có lề  ")]])
    doc = read_document(make_docx(tmp_path / "d.docx", body, numbering=numbering,
                                  footnotes=SEPARATORS + footnote(1, "Chú thích.")))
    got = [(b.kind, b.text, [(s.start, s.end, s.para, s.run, s.offset) for s in b.segments],
            [(r.offset, r.note) for r in b.note_refs]) for b in doc.blocks]
    assert got == [
        ("table-cell", "1. Hàng một", [(0, 3, 0, -1, 0), (3, 11, 0, 0, 0)], []),
        ("table-cell", "x", [(0, 1, 1, 0, 0)], []),
        ("table-cell", "2. Hàng hai\ntiếp", [(0, 3, 2, -1, 0), (3, 11, 2, 0, 0), (12, 16, 3, 0, 0)], []),
        ("table-cell", "", [], []),
        ("table-cell", "", [], []),  # a blank paragraph's note reference is not kept (as before)
        ("table-cell", "có lề", [(0, 5, 6, 0, 2)], []),
        ("footnote", "Chú thích.", [(0, 10, 0, 1, 1)], []),
    ]
