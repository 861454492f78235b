"""Compact outputs and their switches (issue 18): --format concise (alias --output-format),
--statistics, --quiet, --exit-zero."""

import pytest
from docx_factory import make_docx, p

from kiemtra_lint.cli import main
from kiemtra_lint.report.concise import section_label

DRAFT = ("**I. KẾT QUẢ**\n\nCó 49/53 xã đạt chuẩn, bằng 90,5%.\n\n**III. HẠN CHẾ**\n\n"
         "Tổ hòa giải đã đã họp.\n")


def run(capsys, *args):
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def draft(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "du-thao.md").write_text(DRAFT, encoding="utf-8")
    return "du-thao.md"


@pytest.mark.parametrize("option", ["--format", "--output-format"])
def test_concise_puts_the_path_line_and_column_on_every_line(draft, capsys, option):
    code, out, err = run(capsys, "check", option, "concise", "--select", "KT101,KT201,KT401", draft)
    assert (code, err) == (1, "")
    assert out == ("du-thao.md:3:29: KT201 49/53 = 92,45%, không phải 90,5%\n"
                   "du-thao.md:5:3: KT101 Đánh số mục không liên tục: sau “I.” là “III.”, thiếu “II.”\n"
                   "du-thao.md:7:16: KT401 Lặp từ: “đã” bị viết hai lần liền nhau\n")


def test_concise_names_the_section_and_block_in_a_docx(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_docx(tmp_path / "d.docx", p("I. KẾT QUẢ", bold=True) + p("1. Công tác tổ chức", bold=True)
              + p("Có 49/53 xã đạt chuẩn, bằng 90,5%."))
    code, out, _ = run(capsys, "check", "--format", "concise", "--select", "KT201", "d.docx")
    assert out == "d.docx:§I.1 (đoạn 2): KT201 49/53 = 92,45%, không phải 90,5%\n"
    code, out, _ = run(capsys, "check", "--format", "concise", "--select", "KT201", "--lang", "en", "d.docx")
    assert out == "d.docx:§I.1 (block 2): KT201 49/53 = 92.45%, not 90.5%\n"


def test_section_labels_join_without_spaces():
    assert section_label(("A.", "II.", "1.", "1.2.", "a)")) == "A.II.1.2.a"
    assert section_label(("PHẦN I -",)) == "PHẦNI"
    assert section_label(()) == ""


def test_concise_reports_a_file_it_cannot_read(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    code, out, err = run(capsys, "check", "--format", "concise", "cu.doc")
    assert code == 2
    assert out.startswith("cu.doc: KT00") and out.count("\n") == 1
    assert err == "kiemtra: " + out.split(" ", 2)[2]


def test_statistics_count_each_rule_most_first(draft, tmp_path, capsys):
    (tmp_path / "ban-2.md").write_text(DRAFT.replace("đã đã", "đã"), encoding="utf-8")
    code, out, _ = run(capsys, "check", "--statistics", "--select", "KT101,KT201,KT401", draft, "ban-2.md")
    assert code == 1
    assert out == "2  KT101  heading-numbering\n2  KT201  fraction-percent\n1  KT401  repeated-word\n"
    code, out, _ = run(capsys, "check", "--statistics", "--select", "KT305", draft)
    assert (code, out) == (0, "không có phát hiện nào\n")


def test_quiet_prints_the_findings_only_and_exit_zero_passes(draft, tmp_path, capsys):
    (tmp_path / "sach.md").write_text("**I. KẾT QUẢ**\n\nNội dung.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--quiet", "--select", "KT201", draft, "sach.md")
    assert code == 1
    assert "sach.md" not in out and "Tệp" not in out and "KT201" in out
    assert out.splitlines()[0].startswith("du-thao.md  (")
    code, out, _ = run(capsys, "check", "-q", "--exit-zero", "--select", "KT201", draft)
    assert code == 0 and "KT201" in out
    assert run(capsys, "check", "--exit-zero", "--select", "KT201", "khong-co.md")[0] == 2  # an unreadable file still is
