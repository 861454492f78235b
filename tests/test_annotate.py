"""``kiemtra annotate``: one Word comment per finding, anchored on exactly the flagged words."""

import hashlib
import time
import unicodedata
import zipfile

import pytest
from docx_factory import SEPARATORS, footnote, make_docx, note_ref, p, para, run, table
from lxml import etree

from kiemtra_lint.cli import main
from kiemtra_lint.findings import Finding, Msg, Span
from kiemtra_lint.readers import read_document
from kiemtra_lint.report.docx import annotate_bytes
from kiemtra_lint.report.locate import place

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag):
    return f"{{{W}}}{tag}"


def findings_for(doc, spans, rule="KT201"):
    out = []
    for i, span in enumerate(spans):
        f = Finding(rule, Msg(f"thông điệp {i}", f"message {i}"), span, severity="warning", name="x", family="figures")
        f.place = place(doc, span) if span is not None else None
        out.append(f)
    return out


def annotate(tmp_path, path, spans, lang="vi"):
    doc = read_document(path)
    spans = [s(doc) if callable(s) else s for s in spans]
    findings = findings_for(doc, spans)
    data, stats = annotate_bytes(str(path), doc, findings, lang)
    out = tmp_path / "out.docx"
    out.write_bytes(data)
    return doc, findings, out, stats


def anchored_texts(path, part="word/document.xml"):
    """comment id -> the text between its commentRangeStart and commentRangeEnd, read from
    ``part`` directly (w:t, tabs and breaks; a paragraph end inside a range is a line break)."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read(part))
    open_: dict[str, list[str]] = {}
    done: dict[str, str] = {}
    skip = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if tag in (w("del"), w("instrText"), w("delText")):
            skip += 1 if event == "start" else -1
            continue
        if event == "start":
            if tag == w("commentRangeStart"):
                open_[el.get(w("id"))] = []
            elif tag == w("commentRangeEnd"):
                done[el.get(w("id"))] = unicodedata.normalize("NFC", "".join(open_.pop(el.get(w("id")))))
            elif not skip and tag == w("t"):
                for buf in open_.values():
                    buf.append(el.text or "")
            elif not skip and tag == w("tab"):
                for buf in open_.values():
                    buf.append("\t")
        elif tag == w("p"):
            for buf in open_.values():
                buf.append("\n")
    assert not open_, f"ranges never closed: {sorted(open_)}"
    return done


def by_id(comments):
    return sorted(comments, key=lambda c: int(c.id))


def comment_ids_in_order(path):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/comments.xml"))
    return [c.get(w("id")) for c in root.iter(w("comment"))]


def test_spans_inside_and_across_runs_anchor_on_exactly_the_flagged_words(tmp_path):
    path = make_docx(tmp_path / "d.docx",
                     para(run("Có 49/53 trường đạt chuẩn, "), run("tỷ lệ 9", bold=True), run("0,5% năm học."))
                     + p("Hai câu. Câu thứ hai có số 1.500 người."))
    text = "Có 49/53 trường đạt chuẩn, tỷ lệ 90,5% năm học."
    assert read_document(path).blocks[0].text == text
    spans = [Span(0, text.index("49/53"), text.index("49/53") + 5),      # inside the first run
             Span(0, text.index("90,5%"), text.index("90,5%") + 5),      # across two runs, cut in both
             Span(0, text.index("tỷ"), text.index(" năm")),              # starts on a run boundary
             Span(0, 0, len(text)),                                      # the whole paragraph
             Span(1, 9, 9)]                                              # a point
    doc, findings, out, stats = annotate(tmp_path, path, spans)
    assert stats.comments == 5 and stats.anchors == {"exact": 5}
    texts = anchored_texts(out)
    ids = comment_ids_in_order(out)
    assert [texts[i] for i in ids] == [f.place["excerpt"] for f in findings] == \
        ["49/53", "90,5%", "tỷ lệ 90,5%", text, ""]
    # the copy reads back to the same text, with the comments on the same spans
    again = read_document(out)
    assert [b.text for b in again.blocks] == [b.text for b in doc.blocks]
    assert [(c.block, c.start, c.end) for c in by_id(again.comments)] == [(s.block, s.start, s.end) for s in spans]
    # split runs keep their formatting: "9" is still bold, "0,5%" is not
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    bold = ["".join(t.text for t in r.iter(w("t"))) for r in root.iter(w("r")) if r.find(f"{w('rPr')}/{w('b')}") is not None]
    assert "".join(bold) == "tỷ lệ 9"


def test_comments_have_author_and_code_plus_message_python_docx_reads_them(tmp_path):
    import docx

    path = make_docx(tmp_path / "d.docx", p("Tỷ lệ đạt 90,5%."))
    _, findings, out, _ = annotate(tmp_path, path, [Span(0, 10, 15)])
    opened = docx.Document(str(out))
    comments = list(opened.comments)
    assert [(c.author, c.initials, c.text) for c in comments] == [("kiemtra-lint", "KT", "KT201: thông điệp 0")]
    _, _, out_en, _ = annotate(tmp_path, path, [Span(0, 10, 15)], lang="en")
    assert [c.text for c in docx.Document(str(out_en)).comments] == ["KT201: message 0"]


def test_table_cells_hyperlinks_tabs_and_nfd_text(tmp_path):
    nfd = unicodedata.normalize("NFD", "Ủy ban nhân dân huyện đạt 95,1%")
    link = f'<w:hyperlink w:anchor="x">{run("Nghị quyết số 35-NQ/TW")}</w:hyperlink>'
    tab_run = '<w:r><w:t>Cột</w:t><w:tab/><w:t xml:space="preserve">92,5% trong năm</w:t></w:r>'
    path = make_docx(tmp_path / "d.docx",
                     table([["Chỉ tiêu", "Tỷ lệ"], ["Trường đạt chuẩn", "90,5%"]])
                     + para(run("Theo "), link, run(" ngày 22/10/2018."))
                     + para(run(nfd))
                     + para(tab_run))
    doc = read_document(path)
    cell = next(b for b in doc.blocks if b.text == "90,5%")
    link_block = next(b for b in doc.blocks if b.text.startswith("Theo"))
    nfd_block = next(b for b in doc.blocks if b.text.startswith("Ủy"))
    tab_block = next(b for b in doc.blocks if b.text.startswith("Cột"))
    assert nfd_block.denormalized
    spans = [Span(cell.index, 0, 5),
             Span(link_block.index, link_block.text.index("35-NQ/TW"), link_block.text.index("35-NQ/TW") + 8),
             Span(link_block.index, link_block.text.index("35-NQ/TW"), link_block.text.index(" ngày")),
             Span(nfd_block.index, nfd_block.text.index("huyện"), nfd_block.text.index("huyện") + 5),
             Span(nfd_block.index, nfd_block.text.index("95,1%"), nfd_block.text.index("95,1%") + 5),
             Span(tab_block.index, 2, 9)]
    _, findings, out, stats = annotate(tmp_path, path, spans)
    assert stats.anchors == {"exact": 6}
    texts = anchored_texts(out)
    assert [texts[i] for i in comment_ids_in_order(out)] == [f.place["excerpt"] for f in findings] == \
        ["90,5%", "35-NQ/TW", "35-NQ/TW", "huyện", "95,1%", "t\t92,5%"]
    again = read_document(out)
    assert [b.text for b in again.blocks] == [b.text for b in doc.blocks]
    # the NFD source stays NFD in the copy: nothing but the split is rewritten
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert unicodedata.normalize("NFD", "huyện") in xml
    # the reference run of the hyperlink comment sits in the paragraph, not inside the link
    root = etree.fromstring(xml.encode("utf-8"))
    for ref in root.iter(w("commentReference")):
        assert ref.getparent().getparent().tag == w("p")


def test_footnote_findings_get_a_point_just_before_the_reference_mark(tmp_path):
    """A range around the mark makes LibreOffice shift the notes' bodies, and a comment in
    footnotes.xml makes LibreOffice 7.4 refuse the file: a point before the mark, and the
    comment quotes the words."""
    path = make_docx(tmp_path / "d.docx",
                     para(run("Kết quả đạt 92%"), note_ref(2), run(" so với kế hoạch.")),
                     footnotes=SEPARATORS + footnote(2, "Theo Báo cáo số 12-BC/HU năm 2022."))
    doc = read_document(path)
    note = next(b for b in doc.blocks if b.kind == "footnote")
    at = note.text.index("12-BC/HU")
    _, findings, out, stats = annotate(tmp_path, path, [Span(note.index, at, at + 8)])
    assert stats.anchors == {"note": 1}
    import docx

    (comment,) = docx.Document(str(out)).comments
    assert comment.text == ("KT201: thông điệp 0\nPhát hiện nằm trong chú thích 2: «12-BC/HU»; "
                            "nhận xét được gắn ngay trước dấu chú thích.")
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
        assert b"comment" not in z.read("word/footnotes.xml")
    start = next(root.iter(w("commentRangeStart")))
    assert start.getnext().tag == w("commentRangeEnd")
    assert start.getnext().getnext().find(w("commentReference")) is not None
    assert start.getnext().getnext().getnext().find(w("footnoteReference")).get(w("id")) == "2"
    assert anchored_texts(out) == {"0": ""}


def test_whole_file_findings_and_existing_comments(tmp_path):
    existing = ('<w:comment w:id="7" w:author="Trưởng phòng"><w:p><w:r><w:t>Xem lại số liệu</w:t></w:r></w:p>'
                '</w:comment>')
    body = para('<w:commentRangeStart w:id="7"/>', run("BÁO CÁO"), '<w:commentRangeEnd w:id="7"/>',
                '<w:r><w:commentReference w:id="7"/></w:r>') + p("Tổng kết năm 2023.")
    path = make_docx(tmp_path / "d.docx", body, comments=existing)
    doc, findings, out, stats = annotate(tmp_path, path, [None, Span(1, 0, 4)])
    assert stats.anchors == {"whole-file": 1, "exact": 1}
    import docx

    comments = list(docx.Document(str(out)).comments)
    assert [(c.comment_id, c.author, c.text) for c in comments] == [
        (7, "Trưởng phòng", "Xem lại số liệu"),
        (8, "kiemtra-lint", "KT201: thông điệp 0\nNhận xét về toàn văn bản."),
        (9, "kiemtra-lint", "KT201: thông điệp 1")]
    texts = anchored_texts(out)
    assert texts == {"7": "BÁO CÁO", "8": "BÁO CÁO", "9": "Tổng"}


def test_related_places_are_listed_in_the_comment(tmp_path):
    path = make_docx(tmp_path / "d.docx", p("I. KẾT QUẢ", bold=True) + p("Nội dung.") + p("III. HẠN CHẾ", bold=True)
                     + p("Nội dung."))
    out = tmp_path / "out.docx"
    assert main(["annotate", str(path), "-o", str(out), "--select", "KT101"]) == 0
    import docx

    (comment,) = docx.Document(str(out)).comments
    assert comment.text == ("KT101: Đánh số mục không liên tục: sau “I.” là “III.”, thiếu “II.”\n"
                            "Xem thêm I: «I.»")
    assert anchored_texts(out) == {"0": "III."}


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cli_never_touches_the_input_and_refuses_to_overwrite(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the comments' date, pinned
    path = make_docx(tmp_path / "d.docx", p("I. KẾT QUẢ", bold=True) + p("x") + p("III. HẠN CHẾ", bold=True))
    before = sha(path)
    out = tmp_path / "out.docx"
    assert main(["annotate", str(path), "-o", str(out), "--select", "KT101"]) == 0
    err = capsys.readouterr().err
    assert f"đã ghi 1 nhận xét vào {out}" in err
    assert sha(path) == before
    first = out.read_bytes()
    assert main(["annotate", str(path), "-o", str(out)]) == 2
    assert "đã có; thêm --force để ghi đè" in capsys.readouterr().err
    assert out.read_bytes() == first
    assert main(["annotate", str(path), "-o", str(out), "--force", "--select", "KT101"]) == 0
    assert out.read_bytes() == first  # deterministic: same input, same bytes
    assert sha(path) == before
    assert not [f for f in tmp_path.iterdir() if f.name.endswith(".tmp")]
    # the input itself as output, a Markdown input, an unreadable input: usage errors, nothing written
    assert main(["annotate", str(path), "-o", str(path), "--force"]) == 2
    assert sha(path) == before
    md = tmp_path / "d.md"
    md.write_text("I. A\n", encoding="utf-8")
    assert main(["annotate", str(md), "-o", str(tmp_path / "md.docx")]) == 2
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    assert main(["annotate", str(broken), "-o", str(tmp_path / "b.docx")]) == 2
    assert not (tmp_path / "md.docx").exists() and not (tmp_path / "b.docx").exists()
    capsys.readouterr()


def test_thousands_of_findings_annotate_in_seconds(tmp_path):
    sentence = "Năm 2023, toàn huyện có 49/53 trường đạt chuẩn, đạt tỷ lệ 92,5%, tăng 3 trường so với năm trước. "
    body = "".join(para(run(sentence[:40]), run(sentence[40:], bold=True), run(sentence)) for _ in range(600))
    path = make_docx(tmp_path / "big.docx", body)
    doc = read_document(path)
    spans = []
    for b in doc.blocks:
        for word in ("2023", "49/53", "92,5%", "3 trường", "năm trước"):
            at = b.text.index(word)
            spans.append(Span(b.index, at, at + len(word)))
    assert len(spans) == 3000
    findings = findings_for(doc, spans)
    t0 = time.perf_counter()
    data, stats = annotate_bytes(str(path), doc, findings)
    elapsed = time.perf_counter() - t0
    out = tmp_path / "out.docx"
    out.write_bytes(data)
    assert stats.comments == 3000 and stats.anchors == {"exact": 3000}
    assert elapsed < 5, f"annotating 3,000 findings took {elapsed:.1f} s"
    texts = anchored_texts(out)
    assert [texts[i] for i in comment_ids_in_order(out)] == [f.place["excerpt"] for f in findings]


@pytest.mark.parametrize("sample", ["kiem-diem", "so-ket", "danh-so-tu-dong", "sach"])
def test_samples_annotate_and_read_back(tmp_path, sample, capsys):
    from pathlib import Path

    src = Path(__file__).resolve().parent.parent / "samples" / f"{sample}.docx"
    if not src.is_file():
        pytest.skip(f"samples/{sample}.docx is not built")
    out = tmp_path / f"{sample}.docx"
    assert main(["annotate", str(src), "-o", str(out)]) in (0, 1)
    capsys.readouterr()
    doc = read_document(src)
    again = read_document(out)
    assert [b.text for b in again.blocks] == [b.text for b in doc.blocks]
    # every finding of a paragraph or cell is anchored on its excerpt
    from kiemtra_lint.config import Settings
    from kiemtra_lint.lint import lint_file

    result = lint_file(str(src), Settings())
    theirs = by_id(c for c in again.comments if c.author == "kiemtra-lint")
    assert len(theirs) == len(result.findings)
    for f, c in zip(result.findings, theirs):
        if f.span is not None and f.place["location"]["kind"] in ("paragraph", "heading", "table-cell"):
            assert again.blocks[c.block].text[c.start:c.end] == f.place["excerpt"]


BOX = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
       '<wps:wsp><wps:txbx><w:txbxContent>' + p("Trong hộp: tỷ lệ 90,5%") + '</w:txbxContent></wps:txbx></wps:wsp>'
       '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>'
       + p("Trong hộp: tỷ lệ 90,5%") + '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
NUMBERING = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
             '<w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')


def test_text_boxes_rendered_labels_and_points_at_the_end_of_a_run(tmp_path):
    cell = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            + run("Kết quả 12") + "</w:p>")
    path = make_docx(tmp_path / "d.docx", para(run("Đoạn neo"), BOX) + table([["Mục", cell]]) + p("Hết câu."),
                     numbering=NUMBERING)
    doc = read_document(path)
    box = next(b for b in doc.blocks if b.in_textbox)
    cell_block = next(b for b in doc.blocks if b.kind == "table-cell" and b.col == 1)
    last = doc.blocks[-1]
    assert cell_block.text == "a) Kết quả 12"  # the label is rendered from numbering.xml, not in any run
    spans = [Span(box.index, box.text.index("90,5%"), len(box.text)),
             Span(cell_block.index, 0, 2),                       # only the rendered label
             Span(cell_block.index, 0, len(cell_block.text)),    # label and text
             Span(last.index, len(last.text), len(last.text))]   # a point after the last character
    _, findings, out, stats = annotate(tmp_path, path, spans)
    assert stats.anchors == {"textbox": 1, "approximate": 2, "exact": 1}
    import docx

    texts = [c.text for c in docx.Document(str(out)).comments]
    assert texts == ["KT201: thông điệp 0\nPhát hiện nằm trong hộp văn bản: «90,5%»; nhận xét được gắn vào hộp văn bản.",
                     "KT201: thông điệp 1\nVị trí gần đúng; chữ được nêu: «a)».",
                     "KT201: thông điệp 2\nVị trí gần đúng; chữ được nêu: «a) Kết quả 12».",
                     "KT201: thông điệp 3"]
    anchored = anchored_texts(out)
    box_text = "Trong hộp: tỷ lệ 90,5%\n"  # the anchored run holds the drawing, its Choice and its Fallback
    assert [anchored[i] for i in comment_ids_in_order(out)] == [box_text * 2, "Kết quả 12", "Kết quả 12", ""]
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    # the text-box comment sits around the run that holds the drawing, in the body paragraph
    start = next(el for el in root.iter(w("commentRangeStart")) if el.get(w("id")) == "0")
    assert start.getparent().tag == w("p") and start.getnext().find(f".//{w('txbxContent')}") is not None
    assert not [el for el in root.iter(w("txbxContent")) if el.find(f".//{w('commentRangeStart')}") is not None]
    # the point comes right after "Hết câu."
    end_point = next(el for el in root.iter(w("commentRangeStart")) if el.get(w("id")) == "3")
    assert "".join(end_point.getprevious().itertext()) == "Hết câu."
    again = read_document(out)
    assert [b.text for b in again.blocks] == [b.text for b in doc.blocks]


def test_comments_carry_a_date_and_the_initials_kt(tmp_path, monkeypatch):
    """LibreOffice shows a comment without w:date as "03/01/-1"."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    path = make_docx(tmp_path / "d.docx", p("Tổng kết năm 2023."))
    _, _, out, _ = annotate(tmp_path, path, [Span(0, 0, 4)])
    with zipfile.ZipFile(out) as z:
        (comment,) = etree.fromstring(z.read("word/comments.xml"))
    assert (comment.get(w("author")), comment.get(w("initials")), comment.get(w("date"))) == \
        ("kiemtra-lint", "KT", "2023-11-14T22:13:20Z")
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    import datetime as dt

    from kiemtra_lint.report.docx_copy import review_date

    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    assert abs((dt.datetime.fromisoformat(review_date()[:-1]) - now).total_seconds()) < 5


def test_annotating_an_annotated_copy_replaces_kiemtras_own_comments(tmp_path, capsys):
    """Comments by others stay; kiemtra's earlier ones (author kiemtra-lint) give way to the new run's."""
    existing = ('<w:comment w:id="7" w:author="Trưởng phòng"><w:p><w:r><w:t>Xem lại số liệu</w:t></w:r></w:p>'
                '</w:comment>')
    body = para('<w:commentRangeStart w:id="7"/>', run("I. KẾT QUẢ"), '<w:commentRangeEnd w:id="7"/>',
                '<w:r><w:commentReference w:id="7"/></w:r>') + p("x") + p("III. HẠN CHẾ", bold=True)
    path = make_docx(tmp_path / "d.docx", body, comments=existing)
    once, twice = tmp_path / "once.docx", tmp_path / "twice.docx"
    assert main(["annotate", str(path), "-o", str(once), "--select", "KT101"]) == 0
    assert main(["annotate", str(once), "-o", str(twice), "--select", "KT101"]) == 0
    err = capsys.readouterr().err
    assert f"đã ghi 1 nhận xét vào {twice}, thay cho 1 nhận xét của lần chạy trước" in err
    import docx

    comments = list(docx.Document(str(twice)).comments)
    assert [(c.author, c.text.split(":")[0]) for c in comments] == [("Trưởng phòng", "Xem lại số liệu"),
                                                                   ("kiemtra-lint", "KT101")]
    kiemtra_id = str(comments[1].comment_id)
    assert anchored_texts(twice) == {"7": "I. KẾT QUẢ", kiemtra_id: "III."}
    with zipfile.ZipFile(twice) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    assert sorted(r.get(w("id")) for r in root.iter(w("commentReference"))) == sorted(["7", kiemtra_id])
