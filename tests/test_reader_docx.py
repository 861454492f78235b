"""The .docx walker: reading order, hidden and tracked text, notes, tables, offsets."""

import zipfile

from docx_factory import SEPARATORS, footnote, make_docx, note_ref, p, para, run, table

from kiemtra_lint.readers import read_document


def read(tmp_path, body, **parts):
    return read_document(make_docx(tmp_path / "d.docx", body, **parts))


def texts(doc):
    return [b.text for b in doc.blocks]


def test_runs_are_stitched_and_offsets_map_back_to_runs(tmp_path):
    doc = read(tmp_path, para(run("Có 49/5"), run("3 trường ", bold=True), run("đạt chuẩn")))
    block = doc.blocks[0]
    assert block.text == "Có 49/53 trường đạt chuẩn"
    assert [(s.start, s.end, s.run, s.offset) for s in block.segments] == [(0, 7, 0, 0), (7, 16, 1, 0), (16, 25, 2, 0)]


def test_tracked_changes_read_as_accepted(tmp_path):
    body = ('<w:p><w:r><w:t xml:space="preserve">Kết nạp </w:t></w:r>'
            '<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">thêm </w:t></w:r></w:ins>'
            '<w:del w:id="2" w:author="A"><w:r><w:delText>được </w:delText></w:r></w:del>'
            '<w:moveTo w:id="3" w:author="A"><w:r><w:t xml:space="preserve">235 </w:t></w:r></w:moveTo>'
            '<w:moveFrom w:id="4" w:author="A"><w:r><w:t>cũ </w:t></w:r></w:moveFrom>'
            '<w:r><w:t>đảng viên</w:t></w:r></w:p>')
    doc = read(tmp_path, body)
    assert texts(doc) == ["Kết nạp thêm 235 đảng viên"]
    assert doc.tracked_changes == 4
    assert [d.code for d in doc.diagnostics] == ["KT004"]


def test_deleted_paragraph_mark_joins_paragraphs(tmp_path):
    body = ('<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Phần đầu </w:t></w:r></w:p>'
            + p("phần sau."))
    assert texts(read(tmp_path, body)) == ["Phần đầu phần sau."]


def test_fields_show_results_not_codes_and_simple_fields(tmp_path):
    body = ('<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t xml:space="preserve">/9</w:t></w:r></w:fldSimple></w:p>')
    assert texts(read(tmp_path, body)) == ["Trang 7/9"]


def test_content_controls_hyperlinks_smart_tags_and_hidden_text(tmp_path):
    body = ('<w:sdt><w:sdtContent>' + p("Trong điều khiển nội dung") + '</w:sdtContent></w:sdt>'
            '<w:p><w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve">Liên kết </w:t></w:r></w:hyperlink>'
            '<w:smartTag w:uri="x" w:element="place"><w:r><w:t xml:space="preserve">Bình Định </w:t></w:r></w:smartTag>'
            '<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve">ô nhập </w:t></w:r></w:sdtContent></w:sdt>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>')
    assert texts(read(tmp_path, body)) == ["Trong điều khiển nội dung", "Liên kết Bình Định ô nhập"]


def test_soft_breaks_tabs_and_nfc(tmp_path):
    nfd = "Ủy ban".encode().decode()  # composed
    import unicodedata
    decomposed = unicodedata.normalize("NFD", "Ủy ban nhân dân")
    body = para(run("Dòng một"), '<w:r><w:br/><w:tab/><w:t>dòng hai</w:t></w:r>') + p(decomposed)
    doc = read(tmp_path, body)
    assert texts(doc) == ["Dòng một\n\tdòng hai", "Ủy ban nhân dân"]
    assert doc.blocks[1].denormalized == [(0, 15)]
    assert nfd in doc.blocks[1].text


def test_text_boxes_are_read_once_after_their_anchor(tmp_path):
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
           '<wps:wsp><wps:txbx><w:txbxContent>' + p("Chữ trong hộp") + '</w:txbxContent></wps:txbx></wps:wsp>'
           '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>'
           + p("Chữ trong hộp") + '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    doc = read(tmp_path, para(run("Đoạn neo"), box) + p("Đoạn sau"))
    assert texts(doc) == ["Đoạn neo", "Chữ trong hộp", "Đoạn sau"]
    assert doc.blocks[1].in_textbox


def test_footnotes_follow_their_reference_and_keep_its_position(tmp_path):
    body = para(run("Nghị quyết 35-NQ/TW"), note_ref(2), run(" và kế hoạch"), note_ref(1)) + p("Đoạn khác")
    doc = read(tmp_path, body, footnotes=SEPARATORS + footnote(1, "Kế hoạch số 45.") + footnote(2, "Ngày 22/10/2018."))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Nghị quyết 35-NQ/TW và kế hoạch"), ("footnote", "Ngày 22/10/2018."),
        ("footnote", "Kế hoạch số 45."), ("paragraph", "Đoạn khác")]
    refs = doc.blocks[0].note_refs
    assert [(r.offset, r.note, r.block) for r in refs] == [(19, "2", 1), (31, "1", 2)]
    assert doc.blocks[1].ref_block == 0 and doc.blocks[1].footnote == "2"


def test_unreferenced_note_goes_to_the_end(tmp_path):
    doc = read(tmp_path, p("Không tham chiếu"), footnotes=SEPARATORS + footnote(5, "Chú thích mồ côi"))
    assert [(b.kind, b.footnote) for b in doc.blocks] == [("paragraph", None), ("footnote", "5")]
    assert doc.blocks[1].ref_block is None


def test_tables_cells_merged_cells_and_nested_tables(tmp_path):
    merged = ('<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + p("Gộp hai cột") + '</w:tc>'
              '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' + p("Dọc") + '</w:tc></w:tr>'
              '<w:tr><w:tc>' + p("a") + '</w:tc><w:tc>' + p("b") + '</w:tc>'
              '<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>')
    nested = table([["x", "y"]])
    body = ('<w:tbl>' + merged + '<w:tr><w:tc>' + p("ngoài") + nested + '</w:tc><w:tc>' + p("c")
            + p("dòng 2") + '</w:tc><w:tc>' + p("d") + '</w:tc></w:tr></w:tbl>')
    doc = read(tmp_path, body)
    t0, t1 = doc.tables
    grid = [[doc.blocks[i].text if i is not None else None for i in row] for row in t0.cells]
    assert grid == [["Gộp hai cột", None, "Dọc"], ["a", "b", None], ["ngoài", "c\ndòng 2", "d"]]
    assert t1.nested_in == 0 and [[doc.blocks[i].text for i in row] for row in t1.cells] == [["x", "y"]]
    cell = doc.blocks[t0.cells[2][1]]
    assert (cell.kind, cell.table, cell.row, cell.col) == ("table-cell", 0, 2, 1)


def test_comments_are_anchored(tmp_path):
    body = ('<w:p><w:r><w:t xml:space="preserve">Đạt tỷ lệ </w:t></w:r><w:commentRangeStart w:id="0"/>'
            '<w:r><w:t>90,5%</w:t></w:r><w:commentRangeEnd w:id="0"/></w:p>')
    comments = '<w:comment w:id="0" w:author="Tổ biên tập"><w:p><w:r><w:t>kiemtra: bỏ qua KT201</w:t></w:r></w:p></w:comment>'
    doc = read(tmp_path, body, comments=comments)
    c = doc.comments[0]
    assert (c.author, c.text, c.block, doc.blocks[c.block].text[c.start:c.end]) == (
        "Tổ biên tập", "kiemtra: bỏ qua KT201", 0, "90,5%")


def test_legacy_tcvn3_font_is_detected(tmp_path):
    rpr = '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>'
    body = para(run("Uû ban nh©n d©n huyÖn T©y S¬n b¸o c¸o kÕt qu¶ thùc hiÖn nhiÖm vô", extra_rpr=rpr))
    doc = read(tmp_path, body)
    assert doc.legacy_encoding == "TCVN3"
    assert [d.code for d in doc.diagnostics] == ["KT003"]


def test_unicode_text_is_not_legacy(tmp_path):
    doc = read(tmp_path, p("Ủy ban nhân dân huyện Tây Sơn báo cáo kết quả thực hiện nhiệm vụ năm 2023"))
    assert doc.legacy_encoding is None and doc.diagnostics == []


def test_empty_document_is_read(tmp_path):
    doc = read(tmp_path, "")
    assert doc.blocks == [] and doc.root.children == []


def test_docm_is_read_like_docx(tmp_path):
    path = make_docx(tmp_path / "d.docx", p("Nội dung"))
    target = tmp_path / "d.docm"
    path.rename(target)
    assert texts(read_document(target)) == ["Nội dung"]


def test_input_file_is_not_changed(tmp_path):
    import hashlib

    path = make_docx(tmp_path / "d.docx", p("Nội dung"), footnotes=SEPARATORS + footnote(1, "x"))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    read_document(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    with zipfile.ZipFile(path) as z:
        assert "word/document.xml" in z.namelist()
