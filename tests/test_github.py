"""--format github: GitHub Actions workflow commands, one per finding."""

from pathlib import Path

import pytest
from docx_factory import make_docx, p

from kiemtra_lint.cli import main
from kiemtra_lint.findings import Finding, Msg
from kiemtra_lint.lint import FileResult
from kiemtra_lint.report.github import escape_data, escape_property, render

GAP = "**I. KẾT QUẢ**\n\nNội dung.\n\n**III. HẠN CHẾ**\n\nNội dung.\n"


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("gap.md").write_text(GAP, encoding="utf-8")
    make_docx(Path("gap.docx"), p("I. KẾT QUẢ", bold=True) + p("Nội dung.") + p("III. HẠN CHẾ", bold=True))
    Path("hong.docx").write_bytes(b"not a zip")
    return tmp_path


def github(capsys, *args):
    code = main(["check", "--format", "github", "--select", "KT101", *args])
    return code, capsys.readouterr().out


def test_annotation_lines(drafts, capsys):
    code, out = github(capsys, "hong.docx", "gap.md", "gap.docx")
    assert code == 2
    assert out.splitlines() == [
        "::error title=kiemtra-lint (KT001),file=hong.docx::hong.docx: KT001 không đọc được: "
        "không phải tệp .docx hợp lệ (không phải gói ZIP)",
        "::warning title=kiemtra-lint (KT101),file=gap.md,line=5,col=3,endLine=5,endColumn=7::"
        "gap.md:5:3: KT101 Đánh số mục không liên tục: sau “I.” là “III.”, thiếu “II.”",
        "::warning title=kiemtra-lint (KT101),file=gap.docx::"
        "gap.docx: [III] KT101 Đánh số mục không liên tục: sau “I.” là “III.”, thiếu “II.”: «III.»",
    ]


def test_severity_maps_to_commands_and_english(drafts, capsys):
    Path("kiemtra.toml").write_text('[severity]\nKT101 = "info"\n', encoding="utf-8")
    _, out = github(capsys, "gap.md", "--lang", "en")
    assert out == ("::notice title=kiemtra-lint (KT101),file=gap.md,line=5,col=3,endLine=5,endColumn=7::"
                   "gap.md:5:3: KT101 Heading numbering skips: “I.” is followed by “III.”; “II.” is missing\n")


def test_clean_file_prints_nothing(drafts, capsys):
    Path("sach.md").write_text("**I. KẾT QUẢ**\n\nNội dung.\n", encoding="utf-8")
    assert github(capsys, "sach.md") == (0, "")


def test_escaping():
    assert escape_data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e"
    assert escape_property("thư mục, tệp: 100%") == "thư mục%2C tệp%3A 100%25"


def test_a_finding_about_the_whole_file_is_on_the_file():
    f = Finding("KT102", Msg("Thiếu mục “Hạn chế”\nxem hồ sơ", "Missing"), None, severity="warning")
    assert render([FileResult("du thao.docx", [f])]) == (
        "::warning title=kiemtra-lint (KT102),file=du thao.docx::du thao.docx: KT102 Thiếu mục “Hạn chế”%0Axem hồ sơ\n")
