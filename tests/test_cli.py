"""The kiemtra command: exit codes, outputs, bad input, the JSON contract."""

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from docx_factory import make_docx, p

from kiemtra_lint.cli import main

MD_WITH_GAP = "**I. KẾT QUẢ**\n\nNội dung.\n\n**III. HẠN CHẾ**\n\nNội dung.\n"
MD_CLEAN = "**I. KẾT QUẢ**\n\nNội dung.\n\n**II. HẠN CHẾ**\n\nNội dung.\n"


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "gap.md").write_text(MD_WITH_GAP, encoding="utf-8")
    (tmp_path / "clean.md").write_text(MD_CLEAN, encoding="utf-8")
    (tmp_path / "broken.docx").write_bytes(b"this is not a zip file")
    return tmp_path


def run_cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_codes_follow_fail_on(drafts, capsys):
    assert run_cli(capsys, "check", str(drafts / "clean.md"))[0] == 0
    assert run_cli(capsys, "check", str(drafts / "gap.md"))[0] == 0  # a warning; default --fail-on error
    assert run_cli(capsys, "check", str(drafts / "gap.md"), "--fail-on", "warning")[0] == 1
    assert run_cli(capsys, "check", str(drafts / "gap.md"), "--fail-on", "never")[0] == 0
    assert run_cli(capsys, "check", str(drafts / "gap.md"), "--ignore", "KT1", "--fail-on", "info")[0] == 0


def test_bad_file_exits_2_and_other_files_are_still_checked(drafts, capsys):
    code, out, err = run_cli(capsys, "check", "--format", "json", str(drafts / "broken.docx"), str(drafts / "gap.md"))
    assert code == 2
    data = json.loads(out)
    broken, gap = data["files"]
    assert broken["error"] == "broken.docx: không đọc được: không phải tệp .docx hợp lệ (không phải gói ZIP)"
    assert broken["findings"] == []
    assert [f["rule"] for f in gap["findings"]] == ["KT101"]
    assert data["summary"] == {"files": 2, "errors": 0, "warnings": 1, "infos": 0}


def test_terminal_message_for_bad_file_is_vietnamese_without_traceback(drafts, tmp_path):
    old_doc = tmp_path / "cu.doc"
    old_doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 512)
    proc = subprocess.run([sys.executable, "-m", "kiemtra_lint", "check", str(old_doc)], capture_output=True,
                          text=True, env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 2
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "cu.doc: không đọc được: là tệp Word 97-2003 (.doc); hãy lưu lại dưới dạng .docx" in proc.stdout


def test_missing_path_and_usage_errors_exit_2(tmp_path, capsys):
    code, out, _ = run_cli(capsys, "check", str(tmp_path / "khong-co.docx"))
    assert code == 2 and "khong-co.docx: không tìm thấy tệp" in out
    with pytest.raises(SystemExit) as exc:
        main(["check", "--format", "xml", "x.docx"])
    assert exc.value.code == 2
    assert run_cli(capsys, "check", "--report-date", "31/02/2023", str(tmp_path))[0] == 2


def test_json_contract_invariants_and_determinism(drafts, capsys):
    _, first, _ = run_cli(capsys, "check", "--format", "json", str(drafts / "gap.md"))
    _, second, _ = run_cli(capsys, "check", "--format", "json", str(drafts / "gap.md"))
    assert first == second
    data = json.loads(first)
    assert data["version"] == 1
    finding = data["files"][0]["findings"][0]
    assert set(finding) == {"rule", "name", "family", "severity", "message", "location", "text", "excerpt",
                            "related", "fix"}
    loc = finding["location"]
    assert set(loc) == {"kind", "block", "section", "footnote", "table", "row", "col", "start", "end"}
    assert finding["text"][loc["start"]:loc["end"]] == finding["excerpt"] == "III."
    assert unicodedata.is_normalized("NFC", finding["text"])
    assert finding["related"][0]["excerpt"] == "I."
    assert finding["message"] == "Đánh số mục không liên tục: sau “I.” là “III.”, thiếu “II.”"


def test_english_messages(drafts, capsys):
    _, out, _ = run_cli(capsys, "check", "--format", "json", "--lang", "en", str(drafts / "gap.md"))
    assert json.loads(out)["files"][0]["findings"][0]["message"] == \
        "Heading numbering skips: “I.” is followed by “III.”; “II.” is missing"


def test_folder_is_walked_in_sorted_order(drafts, capsys):
    (drafts / "~$gap.md").write_text("lock", encoding="utf-8")
    _, out, _ = run_cli(capsys, "check", "--format", "json", str(drafts))
    assert [f["path"].rsplit("/", 1)[-1] for f in json.loads(out)["files"]] == ["broken.docx", "clean.md", "gap.md"]


def test_plain_terminal_output_marks_the_span(drafts, capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    code, out, _ = run_cli(capsys, "check", str(drafts / "gap.md"))
    assert "\x1b[" not in out
    assert "KT101  Đánh số mục không liên tục: sau “I.” là “III.”, thiếu “II.”" in out
    assert "«III.» HẠN CHẾ" in out
    assert "  III\n" in out  # the section path


def test_output_file_is_written_and_input_untouched(drafts, capsys):
    target = drafts / "ket-qua.json"
    before = (drafts / "gap.md").read_bytes()
    run_cli(capsys, "check", "--format", "json", "-o", str(target), str(drafts / "gap.md"))
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["warnings"] == 1
    assert (drafts / "gap.md").read_bytes() == before
    assert not [f for f in drafts.iterdir() if f.name.endswith(".tmp")]


def test_tree_json(tmp_path, capsys):
    path = make_docx(tmp_path / "d.docx", p("BÁO CÁO", bold=True, ppr='<w:jc w:val="center"/>')
                     + p("Tổng kết năm 2023", bold=True, ppr='<w:jc w:val="center"/>')
                     + p("I. KẾT QUẢ", bold=True) + p("Nội dung.") + p("1. Kinh tế", bold=True) + p("Nội dung."))
    code, out, _ = run_cli(capsys, "tree", "--format", "json", str(path))
    assert code == 0
    assert json.loads(out) == {"path": str(path), "title": "BÁO CÁO Tổng kết năm 2023", "sections": [
        {"label": "I.", "title": "KẾT QUẢ", "level": 1, "blocks": 1, "children": [
            {"label": "1.", "title": "Kinh tế", "level": 2, "blocks": 1, "children": []}]}]}


def test_rules_list_and_explain(capsys):
    code, out, _ = run_cli(capsys, "rules")
    assert code == 0 and "KT101  heading-numbering" in out
    code, out, _ = run_cli(capsys, "rules", "KT101")
    assert "Sai:" in out and "Đúng:" in out and "4. Về quốc phòng" in out
    assert run_cli(capsys, "rules", "KT999")[0] == 2


def test_config_file_is_found_upward(tmp_path, capsys):
    (tmp_path / "kiemtra.toml").write_text('ignore = ["KT101"]\nfail-on = "info"\n', encoding="utf-8")
    sub = tmp_path / "ho-so"
    sub.mkdir()
    (sub / "gap.md").write_text(MD_WITH_GAP, encoding="utf-8")
    assert run_cli(capsys, "check", str(sub / "gap.md"))[0] == 0
    (tmp_path / "kiemtra.toml").write_text('ignorer = ["KT101"]\n', encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(sub / "gap.md"))
    assert code == 2 and "khóa cấu hình không biết: ignorer" in err


def test_the_command_flushes_everything_before_its_quick_exit(capsys, tmp_path):
    """``python -m kiemtra_lint`` ends with os._exit: stdout and --output must still be whole."""
    sample = str(Path(__file__).resolve().parent.parent / "samples" / "kiem-diem.docx")
    code, expected, _ = run_cli(capsys, "check", "--format", "json", sample)
    proc = subprocess.run([sys.executable, "-m", "kiemtra_lint", "check", "--format", "json", sample],
                          capture_output=True, text=True)
    assert (proc.returncode, proc.stdout) == (code, expected) == (1, expected)
    out = tmp_path / "ket-qua.sarif"
    proc = subprocess.run([sys.executable, "-m", "kiemtra_lint", "check", "--format", "sarif", "--output", str(out),
                           sample], capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
