"""A .docx the reader must not pass unread, nor read without bound (issue 20).

Strict Open XML is read (its namespaces mapped); a main part that is the content types or
a relationships part is refused; a damaged secondary part is skipped with KT006 and the body
still checked; parts with too many elements, bodies with too many paragraphs and list labels
of absurd length are bounded; FIFOs and devices are refused before a byte is read.
Each end-to-end case checks the exit code, the Vietnamese message and the inputs' SHA-256.
"""

from __future__ import annotations

import json
import os
import zipfile

import pytest
from docx_factory import make_docx, p
from test_hostile import basic_parts, doc_rels, hashes, run_bounded, write_parts

from kiemtra_lint.errors import InputError
from kiemtra_lint.readers import docx as docx_reader
from kiemtra_lint.readers import package
from kiemtra_lint.readers import read_document

WRONG = "Toàn huyện có 49/53 trường đạt chuẩn, đạt tỷ lệ 90,5%."
KT201 = "49/53 = 92,45%, không phải 90,5%"
STRICT_W = b"http://purl.oclc.org/ooxml/wordprocessingml/main"


def check_json(path, *args) -> tuple[int, dict | None, str]:
    folder = path.parent
    before = hashes(folder)
    out = run_bounded(["check", "--format", "json", *args, str(path)], folder)
    assert hashes(folder) == before, "an input changed"
    assert "Traceback" not in out.stdout + out.stderr
    return out.code, (json.loads(out.stdout) if out.stdout.strip() else None), out.stderr


def messages(data: dict) -> list[tuple[str, str]]:
    return [(f["rule"], f["message"]) for f in data["files"][0]["findings"]]


def strict_docx(path):
    make_docx(path, p(WRONG))
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    return write_parts(path, {n: data.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                              STRICT_W) for n, data in parts.items()})


def test_strict_open_xml_is_read_not_passed(tmp_path):
    code, data, _ = check_json(strict_docx(tmp_path / "strict.docx"), "--select", "KT2")
    assert code == 1 and messages(data) == [("KT201", KT201)]


def test_strict_open_xml_is_not_annotated(tmp_path):
    path = strict_docx(tmp_path / "strict.docx")
    before = hashes(tmp_path)
    out = run_bounded(["annotate", str(path), "-o", "ra.docx"], tmp_path)
    assert out.code == 2 and hashes(tmp_path) == before  # nothing written
    assert "strict.docx: tệp ở dạng Strict Open XML, chưa ghi được bản sao; hãy lưu lại dưới dạng Word " \
           "Document (.docx) thông thường rồi chạy lại" in out.stderr


@pytest.mark.parametrize("target", ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"])
def test_a_main_part_that_is_no_document_is_refused(tmp_path, target):
    parts = basic_parts(p(WRONG))
    parts["_rels/.rels"] = parts["_rels/.rels"].replace("word/document.xml", "/" + target)
    path = write_parts(tmp_path / "chinh.docx", parts)
    code, data, _ = check_json(path)
    assert code == 2
    assert data["files"][0]["error"] == (f"chinh.docx: không đọc được: phần nội dung chính được khai báo là {target}, "
                                         "không phải một văn bản Word (tệp bị hỏng hoặc bị sửa)")


KT006 = {
    "numbering": "Phần word/numbering.xml không phải XML hợp lệ (dòng 1: {}); đã bỏ qua phần này (đánh số tự động: "
                 "số đề mục do Word đánh không được đọc), phần thân văn bản vẫn được kiểm tra",
    "footnotes": "Phần word/footnotes.xml không phải XML hợp lệ (dòng 1: {}); đã bỏ qua phần này (chú thích cuối "
                 "trang không được kiểm tra), phần thân văn bản vẫn được kiểm tra",
    "styles": "Phần word/styles.xml không phải XML hợp lệ (dòng 1: {}); đã bỏ qua phần này (kiểu định dạng: đề mục "
              "theo kiểu Heading có thể không được nhận ra), phần thân văn bản vẫn được kiểm tra",
    "comments": "Phần word/comments.xml không phải XML hợp lệ (dòng 1: {}); đã bỏ qua phần này (nhận xét (kể cả "
                "“kiemtra: bỏ qua”) không được đọc), phần thân văn bản vẫn được kiểm tra",
}


@pytest.mark.parametrize("kind", sorted(KT006))
def test_a_damaged_secondary_part_is_skipped_and_the_body_checked(tmp_path, kind):
    parts = basic_parts(p(WRONG))
    parts["word/_rels/document.xml.rels"] = doc_rels(*sorted({"styles", kind}))
    parts[f"word/{kind}.xml"] = "<w:broken"
    code, data, _ = check_json(write_parts(tmp_path / "hong.docx", parts), "--select", "KT0,KT2")
    assert code == 1
    assert messages(data) == [
        ("KT006", KT006[kind].format("Namespace prefix w on broken is not defined, line 1, column 10")),
        ("KT201", KT201)]
    assert data["files"][0]["findings"][0]["location"] is None  # about the file, not a place in it


def test_damaged_relationships_of_the_main_part_are_said_once(tmp_path):
    parts = basic_parts(p(WRONG))
    parts["word/_rels/document.xml.rels"] = "not xml"
    code, data, _ = check_json(write_parts(tmp_path / "rels.docx", parts), "--select", "KT0,KT2")
    assert code == 1
    assert messages(data) == [
        ("KT006", "Phần word/_rels/document.xml.rels không phải XML hợp lệ (dòng 1: Start tag expected, '<' not "
                  "found, line 1, column 1); đã bỏ qua phần này (kiểu định dạng, đánh số, chú thích và nhận xét không "
                  "được đọc), phần thân văn bản vẫn được kiểm tra"),
        ("KT201", KT201)]


def test_a_hostile_secondary_part_still_refuses_the_file(tmp_path):
    parts = basic_parts(p(WRONG))
    parts["word/styles.xml"] = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:styles/>'
    code, data, _ = check_json(write_parts(tmp_path / "dtd.docx", parts))
    assert code == 2
    assert data["files"][0]["error"] == ("dtd.docx: không đọc được: phần word/styles.xml chứa khai báo DOCTYPE, "
                                         "không được phép trong .docx")


def numbered(n: int) -> str:
    return ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            '<w:r><w:t>Mục</w:t></w:r></w:p>') * n


@pytest.mark.parametrize("level, labels", [
    ('<w:start w:val="1000000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="{}"/>'.format("%1" * 50),
     ["1000000" * 50, "1000001" * 50]),
    ('<w:start w:val="259"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/>', ["YYYYYYYYYY.", "ZZZZZZZZZZ.", "261."]),
    ('<w:start w:val="1"/><w:numFmt w:val="custom" w:format="{}1, 02, 03, ..."/><w:lvlText w:val="%1"/>'.format("0" * 100_000),
     ["0000000001", "0000000002", "0000000003"]),
    ('<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{}%1"/>'.format("x" * 10_000),
     ["x" * 255, "x" * 255]),  # the text cut at 255 characters, its "%1" with it
])
def test_rendered_labels_stay_short(tmp_path, level, labels):
    numbering = (f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">{level}</w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    doc = read_document(make_docx(tmp_path / "so.docx", numbered(len(labels)), numbering=numbering))
    assert [b.list_label for b in doc.blocks] == labels


def test_a_part_with_too_many_elements_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(package, "MAX_ELEMENTS", 1000)
    path = write_parts(tmp_path / "nhieu.docx", basic_parts("<w:p/>" * 1000))
    with pytest.raises(InputError) as info:
        read_document(path)
    assert info.value.message_vi == ("nhieu.docx: không đọc được: phần word/document.xml có quá nhiều phần tử XML "
                                     "(khoảng 1.004; giới hạn 1.000)")


def test_a_body_with_too_many_paragraphs_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_PARAGRAPHS", 100)
    read_document(write_parts(tmp_path / "du.docx", basic_parts("<w:p/>" * 100)))
    with pytest.raises(InputError) as info:
        read_document(write_parts(tmp_path / "qua.docx", basic_parts("<w:p/>" * 101)))
    assert info.value.message_vi == "qua.docx: không đọc được: văn bản có quá nhiều đoạn (101; giới hạn 100)"


def test_a_big_but_real_shape_is_still_read(tmp_path):
    """100,000 empty paragraphs (under both bounds) are read, as the hostile table shows."""
    doc = read_document(write_parts(tmp_path / "rong.docx", basic_parts(p("BÁO CÁO") + "<w:p/>" * 100_000)))
    assert [b.text for b in doc.blocks] == ["BÁO CÁO"]


# -- special files --------------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("name", ["ong.docx", "ong.txt"])
def test_a_fifo_is_refused_and_the_other_files_checked(tmp_path, name):
    folder = tmp_path / "thu-muc"
    folder.mkdir()
    os.mkfifo(folder / name)
    (folder / "tot.txt").write_text(WRONG + "\n", encoding="utf-8")
    out = run_bounded(["check", "--format", "json", "--select", "KT2", str(folder)], folder, timeout=30)
    assert not out.timed_out and out.code == 2
    files = {os.path.basename(f["path"]): f for f in json.loads(out.stdout)["files"]}
    assert files[name]["error"] == (f"{name}: không đọc được: là một ống FIFO, không phải tệp thông thường; "
                                    "chỉ đọc tệp thông thường")
    assert [f["message"] for f in files["tot.txt"]["findings"]] == [KT201]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused_before_reading(tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    (tmp_path / "vo-tan.txt").symlink_to(device)
    out = run_bounded(["check", str(tmp_path / "vo-tan.txt")], tmp_path, timeout=30)
    assert not out.timed_out and out.code == 2
    assert ("vo-tan.txt: không đọc được: là một thiết bị, không phải tệp thông thường; chỉ đọc tệp thông thường"
            in out.stdout + out.stderr)


def test_a_symlink_loop_is_a_clear_message(tmp_path):
    (tmp_path / "vong.docx").symlink_to(tmp_path / "vong.docx")
    out = run_bounded(["check", str(tmp_path / "vong.docx")], tmp_path)
    assert out.code == 2 and "Traceback" not in out.stderr
    assert "vong.docx: không đọc được: không mở được tệp (Too many levels of symbolic links)" in out.stdout + out.stderr
