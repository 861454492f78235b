"""Characters and numbers a reader cannot take as they are (issue 13).

A w:sym whose code is no character, a stray byte of UTF-8, an odd byte of UTF-16, a lone
surrogate, a control character: each is read as U+FFFD, reported once per block by KT005
at its exact place, and the rest of the draft is checked; nothing reaches a writer that
could fail on it.  Out-of-range numbers (a grid span of 10**20) are read as absent.
"""

from __future__ import annotations

import codecs
import json

import pytest
from docx_factory import make_docx, p
from test_hostile import hashes, run_bounded

from kiemtra_lint.readers import read_document
from kiemtra_lint.readers.ooxml import bounded_int, sym_text
from kiemtra_lint.text import replace_unreadable

KT005_ONE = "Ký tự không đọc được (byte hoặc mã ký tự hỏng trong tệp), hiện thành “�”; hãy gõ lại chỗ này"


def sym(code: str) -> str:
    return f'<w:r><w:sym w:font="Symbol" w:char="{code}"/></w:r>'


@pytest.mark.parametrize("code, text", [
    ("0041", "A"), ("1EA0", "Ạ"), ("F0B7", ""), ("", ""),
    ("110000", "\ufffd"), ("-1", "\ufffd"), ("12345678901234567890", "\ufffd"), ("D800", "\ufffd"),
    ("DFFF", "\ufffd"), ("FFFE", "\ufffd"), ("FFFF", "\ufffd"), ("10FFFF", "\ufffd"), ("FDD0", "\ufffd"),
    ("1B", "\ufffd"), ("0", "\ufffd"), ("9B", "\ufffd"), ("zz", "\ufffd"), ("1" * 5000, "\ufffd"),
])
def test_sym_text(code, text):
    assert sym_text(code) == text


@pytest.mark.parametrize("value, expected", [
    ("3", 3), ("0", None), ("64", 64), ("65", None), ("-1", None), ("x", None), (None, None),
    ("99999999999999999999", None), ("9" * 5000, None),
])
def test_bounded_int(value, expected):
    assert bounded_int(value, 1, 64) == expected


def test_replace_unreadable_keeps_offsets_and_breaks():
    text = "a\x1b[2Jb\x00c\ud800d\U0001fffee\tf\ng\x0ch\x7f\x85"
    assert replace_unreadable(text) == "a\ufffd[2Jb\ufffdc\ufffdd\ufffde\tf\ng\x0ch\ufffd\ufffd"


def test_sym_out_of_range_in_docx_is_a_replacement_with_a_finding(tmp_path):
    path = make_docx(tmp_path / "ky-hieu.docx", p("BÁO CÁO")
                     + f'<w:p><w:r><w:t xml:space="preserve">Mục tiêu </w:t></w:r>{sym("110000")}'
                       f'<w:r><w:t xml:space="preserve"> đạt </w:t></w:r>{sym("D800")}{sym("FFFE")}{sym("F0B7")}</w:p>')
    doc = read_document(path)
    assert doc.blocks[1].text == "Mục tiêu \ufffd đạt \ufffd\ufffd"
    before = hashes(tmp_path)
    out = run_bounded(["check", "--format", "json", "--select", "KT0", str(path)], tmp_path)
    assert hashes(tmp_path) == before
    assert out.code == 1 and "Traceback" not in out.stderr
    (f,) = json.loads(out.stdout)["files"][0]["findings"]
    assert (f["rule"], f["message"]) == ("KT005", "3 ký tự không đọc được (byte hoặc mã ký tự hỏng trong tệp), "
                                                  "hiện thành “�”; hãy gõ lại chỗ này")
    assert (f["location"]["block"], f["location"]["start"], f["location"]["end"], f["excerpt"]) == (1, 9, 10, "\ufffd")


@pytest.mark.parametrize("command", [("check", "--format", "sarif"), ("check", "--format", "html"),
                                     ("check", "--format", "github"), ("check",), ("tree", "--format", "json"),
                                     ("annotate", "-o", "ra.docx")])
def test_every_command_survives_bad_symbols(tmp_path, command):
    body = p("BÁO CÁO") + "<w:p>" + "".join(sym(c) for c in ("110000", "-1", "1" * 30, "D800", "FFFF", "1B")) + "</w:p>"
    path = make_docx(tmp_path / "ky-hieu.docx", body)
    before = hashes(tmp_path)
    out = run_bounded([command[0], str(path), *command[1:]], tmp_path)
    assert hashes(tmp_path)["ky-hieu.docx"] == before["ky-hieu.docx"]
    assert "Traceback" not in out.stdout + out.stderr
    assert "\x1b" not in out.stdout
    assert out.code == (0 if command[0] in ("tree", "annotate") else 1), out.stderr


def test_huge_grid_numbers_are_read_as_absent(tmp_path):
    cell = '<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>{text}</w:tc>'
    rows = (f'<w:tr><w:trPr><w:gridBefore w:val="99999999999999999999"/></w:trPr>'
            + cell.format(span="100000000000", text=p("Xã A")) + cell.format(span="-5", text=p("12")) + "</w:tr>")
    path = make_docx(tmp_path / "bang.docx", p("BÁO CÁO") + f"<w:tbl>{rows * 3}</w:tbl>")
    doc = read_document(path)
    assert [(b.row, b.col, b.text) for b in doc.blocks if b.table is not None] == [
        (0, 0, "Xã A"), (0, 1, "12"), (1, 0, "Xã A"), (1, 1, "12"), (2, 0, "Xã A"), (2, 1, "12")]


TEXT = "Toàn huyện có 49/53 trường đạt chuẩn, đạt tỷ lệ 92,45%.\n"


@pytest.mark.parametrize("name, data, expected", [
    ("utf16-le-odd.txt", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le") + b"A", TEXT + "\ufffd"),
    ("utf16-be-odd.txt", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be") + b"A", TEXT + "\ufffd"),
    ("utf16-surrogate.txt", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le") + b"\x00\xd8A\x00", TEXT + "\ufffdA"),
    ("utf8-stray.txt", b"To\xff" + TEXT.encode()[2:] + TEXT.encode(), "To\ufffd" + TEXT[2:] + TEXT),
    ("escape.txt", ("\x1b]0;title\x07" + TEXT).encode(), "\ufffd]0;title\ufffd" + TEXT),
    ("utf32-le.txt", codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), TEXT),
    ("utf32-be.txt", codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), TEXT),
    ("utf32-odd.txt", codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le") + b"AB", TEXT + "\ufffd"),
])
def test_text_files_read_what_can_be_read(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    doc = read_document(path)
    assert "\n".join(b.text for b in doc.blocks) == expected.strip()
    before = hashes(tmp_path)
    out = run_bounded(["check", "--format", "json", str(path)], tmp_path)
    assert hashes(tmp_path) == before
    findings = json.loads(out.stdout)["files"][0]["findings"]
    if "\ufffd" in expected:
        assert out.code == 1
        assert [f["message"] for f in findings if f["rule"] == "KT005"][:1] in ([KT005_ONE], [
            "2 ký tự không đọc được (byte hoặc mã ký tự hỏng trong tệp), hiện thành “�”; hãy gõ lại chỗ này"])
    else:  # UTF-32 read as what it is: the figure is checked (49/53 = 92,45%) and right
        assert out.code == 0 and not [f for f in findings if f["rule"] in ("KT005", "KT201")]


def test_utf32_is_checked_not_passed_as_garbage(tmp_path):
    path = tmp_path / "utf32.txt"
    path.write_bytes(codecs.BOM_UTF32_LE + "Toàn huyện có 49/53 trường đạt chuẩn, đạt tỷ lệ 90,5%.\n".encode("utf-32-le"))
    out = run_bounded(["check", "--format", "json", str(path)], tmp_path)
    assert out.code == 1
    assert [f["message"] for f in json.loads(out.stdout)["files"][0]["findings"]] == ["49/53 = 92,45%, không phải 90,5%"]


def test_a_text_in_another_encoding_is_still_refused(tmp_path):
    path = tmp_path / "cp1258.txt"
    path.write_bytes("Báo cáo tài chính".encode("cp1258"))
    out = run_bounded(["check", str(path)], tmp_path)
    assert out.code == 2
    assert "cp1258.txt: không đọc được: tệp văn bản không ở mã UTF-8 (byte lạ ở vị trí 1); hãy lưu lại với mã UTF-8" \
        in out.stdout + out.stderr


def test_escape_sequences_never_reach_the_terminal(tmp_path):
    """In the text and in the file's name: shown as U+FFFD, even with NO_COLOR and redirected."""
    path = tmp_path / "a\x1b[2Jb.txt"
    path.write_text("\x1b]0;tieu de\x07\x1b[2JToàn huyện có 49/53 trường đạt chuẩn, đạt tỷ lệ 90,5%.\n",
                    encoding="utf-8")
    out = run_bounded(["check", str(path)], tmp_path)
    assert out.code == 1
    assert "\x1b" not in out.stdout + out.stderr and "\x07" not in out.stdout
    assert "a\ufffd[2Jb.txt" in out.stdout
    assert "\ufffd]0;tieu de\ufffd\ufffd[2JToàn huyện" in out.stdout
