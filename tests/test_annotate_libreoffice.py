"""The annotated copy opens in LibreOffice with every comment where it belongs.

LibreOffice converts the copy to flat ODF (.fodt), where a comment is an
``office:annotation`` (author, text) at its start and an ``office:annotation-end``
at its end: the text between the two must be the finding's excerpt.  Skipped when
LibreOffice is not installed (``apt-get install libreoffice-writer``; .ci/run installs it).
"""

import shutil
import subprocess

import pytest
from docx_factory import SEPARATORS, footnote, make_docx, note_ref, p, para, run, table
from lxml import etree
from test_annotate import findings_for

from kiemtra_lint.findings import Span
from kiemtra_lint.readers import read_document
from kiemtra_lint.report.docx import annotate_bytes

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                                "apt-get install libreoffice-writer to run the round-trip tests")

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DC = "http://purl.org/dc/elements/1.1/"


def convert_to_fodt(path, tmp_path):
    profile = tmp_path / "lo-profile"
    proc = subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                           "--convert-to", "fodt", "--outdir", str(tmp_path / "lo"), str(path)],
                          capture_output=True, text=True, timeout=180)
    out = tmp_path / "lo" / (path.stem + ".fodt")
    assert out.is_file(), proc.stdout + proc.stderr
    return etree.parse(str(out)).getroot()


def annotations(root):
    """name -> (author, comment text, anchored text) of every office:annotation."""
    found: dict[str, list] = {}
    open_: list[str] = []
    skip = 0  # inside an annotation's own body, or a note's body
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if tag in (f"{{{OFFICE}}}annotation", f"{{{TEXT}}}note"):
            if event == "start" and tag == f"{{{OFFICE}}}annotation":
                name = el.get(f"{{{OFFICE}}}name")
                author = el.findtext(f"{{{DC}}}creator")
                body = "\n".join("".join(t.itertext()) for t in el.iter(f"{{{TEXT}}}p"))
                found[name] = [author, body, ""]
                open_.append(name)
            skip += 1 if event == "start" else -1
            if event == "end" and not skip:
                # the tail is text of the paragraph (inside the annotation's own range, too)
                for n in open_:
                    found[n][2] += el.tail or ""
            continue
        if skip:
            continue
        if event == "start":
            if tag == f"{{{OFFICE}}}annotation-end":
                open_.remove(el.get(f"{{{OFFICE}}}name"))
            elif tag == f"{{{TEXT}}}s":
                for n in open_:
                    found[n][2] += " " * int(el.get(f"{{{TEXT}}}c", "1"))
            elif tag == f"{{{TEXT}}}tab":
                for n in open_:
                    found[n][2] += "\t"
            elif tag == f"{{{TEXT}}}line-break":
                for n in open_:
                    found[n][2] += "\n"
            if el.text and tag not in (f"{{{TEXT}}}s", f"{{{TEXT}}}tab"):
                for n in open_:
                    found[n][2] += el.text
        else:
            if tag in (f"{{{TEXT}}}p", f"{{{TEXT}}}h"):
                for n in open_:
                    found[n][2] += "\n"
            if el.tail:
                for n in open_:
                    found[n][2] += el.tail
    return [tuple(v) for v in found.values()]


def test_libreoffice_opens_the_copy_with_each_comment_on_its_words(tmp_path):
    path = make_docx(tmp_path / "d.docx",
                     p("I. KẾT QUẢ", bold=True)
                     + para(run("Có 49/53 trường đạt chuẩn, "), run("tỷ lệ 9", bold=True), run("0,5% năm học"),
                            note_ref(2), run("."))
                     + table([["Chỉ tiêu", "Tỷ lệ"], ["Trường đạt chuẩn", "90,5%"]])
                     + para(run("Theo "), f'<w:hyperlink w:anchor="x">{run("Nghị quyết số 35-NQ/TW")}</w:hyperlink>',
                            run(" ngày 22/10/2018.")),
                     footnotes=SEPARATORS + footnote(2, "Số liệu của Báo cáo số 12-BC/HU."))
    doc = read_document(path)
    body = doc.blocks[1].text
    cell = next(b for b in doc.blocks if b.text == "90,5%")
    link = next(b for b in doc.blocks if b.text.startswith("Theo "))
    note = next(b for b in doc.blocks if b.kind == "footnote")
    spans = [Span(1, body.index("49/53"), body.index("49/53") + 5),
             Span(1, body.index("90,5%"), body.index("90,5%") + 5),
             Span(cell.index, 0, 5),
             Span(link.index, link.text.index("35-NQ/TW"), link.text.index("35-NQ/TW") + 8),
             Span(note.index, note.text.index("12-BC/HU"), note.text.index("12-BC/HU") + 8)]
    findings = findings_for(doc, spans)
    data, stats = annotate_bytes(str(path), doc, findings)
    out = tmp_path / "annotated.docx"
    out.write_bytes(data)
    got = annotations(convert_to_fodt(out, tmp_path))
    assert [(a, t) for a, t, _ in got] == [
        ("kiemtra-lint", "KT201: thông điệp 0"),
        ("kiemtra-lint", "KT201: thông điệp 1"),
        ("kiemtra-lint", "KT201: thông điệp 4\nPhát hiện nằm trong chú thích 2: «12-BC/HU»; "
                         "nhận xét được gắn ngay trước dấu chú thích."),
        ("kiemtra-lint", "KT201: thông điệp 2"),
        ("kiemtra-lint", "KT201: thông điệp 3")]
    assert [anchored for _, _, anchored in got] == ["49/53", "90,5%", "", "90,5%", "35-NQ/TW"]


def test_libreoffice_opens_an_annotated_sample(tmp_path, capsys):
    from pathlib import Path

    from kiemtra_lint.cli import main

    src = Path(__file__).resolve().parent.parent / "samples" / "kiem-diem.docx"
    if not src.is_file():
        pytest.skip("samples/kiem-diem.docx is not built")
    out = tmp_path / "kiem-diem-nhan-xet.docx"
    assert main(["annotate", str(src), "-o", str(out)]) == 0
    capsys.readouterr()
    from kiemtra_lint.config import Settings
    from kiemtra_lint.lint import lint_file

    result = lint_file(str(src), Settings())
    got = annotations(convert_to_fodt(out, tmp_path))
    assert len(got) == len(result.findings) > 0
    assert all(author == "kiemtra-lint" for author, _, _ in got)
    by_text = {text.split("\n")[0]: anchored for _, text, anchored in got}
    for f in result.findings:
        if f.place is not None and f.place["location"]["kind"] != "footnote":
            assert by_text[f"{f.rule}: {f.message.vi}"] == f.place["excerpt"]


def visible_text(root):
    """(paragraphs, notes) as a reader of the converted copy sees them: the text of every
    paragraph and heading outside notes, and (citation, body) of every note; comments'
    own bodies left out."""
    root = etree.fromstring(etree.tostring(root))
    for el in list(root.iter(f"{{{OFFICE}}}annotation", f"{{{OFFICE}}}annotation-end")):
        parent, tail = el.getparent(), el.tail or ""
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(el)
    notes = []
    for note in list(root.iter(f"{{{TEXT}}}note")):
        body = note.find(f"{{{TEXT}}}note-body")
        notes.append((note.findtext(f"{{{TEXT}}}note-citation"), " ".join("".join(body.itertext()).split())))
        body.clear()
    paragraphs = [" ".join("".join(p.itertext()).split())
                  for p in root.iter(f"{{{TEXT}}}p", f"{{{TEXT}}}h") if p.getparent().tag != f"{{{TEXT}}}note-body"]
    return paragraphs, notes


def test_an_annotated_sample_keeps_every_paragraph_and_footnote_in_libreoffice(tmp_path, capsys):
    """Issue 18: a comment anchored on a footnote's reference mark made LibreOffice show
    footnote 3's text under marks 1, 2 and 4.  Round trip: same paragraphs, same notes."""
    from pathlib import Path

    from kiemtra_lint.cli import main

    src = Path(__file__).resolve().parent.parent / "samples" / "kiem-diem.docx"
    if not src.is_file():
        pytest.skip("samples/kiem-diem.docx is not built")
    out = tmp_path / "kiem-diem-nhan-xet.docx"
    assert main(["annotate", str(src), "-o", str(out)]) == 0
    assert "1 gắn ngay trước dấu chú thích" in capsys.readouterr().err
    before = visible_text(convert_to_fodt(src, tmp_path))
    after = visible_text(convert_to_fodt(out, tmp_path))
    assert [citation for citation, _ in before[1]] == ["1", "2", "3", "4"]
    assert len({body for _, body in before[1]}) == 4
    assert after == before
