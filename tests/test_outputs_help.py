"""Help text and argparse's own messages in Vietnamese, in English with --lang en (issue 18)."""

import pytest

from kiemtra_lint.cli import main


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exc:  # --help and argparse's errors end the parser
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_help_is_vietnamese_with_long_lines_wrapped_under_their_option(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(capsys, "check", "--help")
    assert code == 0
    assert out.startswith("cách dùng: kiemtra check ")
    assert "\nđối số:\n" in out and "\ntùy chọn:\n" in out
    assert "  -h, --help            in hướng dẫn này rồi thoát\n" in out
    assert "usage" not in out and "show this help" not in out and "options:" not in out
    assert ("  --jobs JOBS, -j JOBS  số tiến trình song song (mặc định: số lõi; khi chỉ có\n"
            "                        một tệp, các nhóm quy tắc được chia cho hai tiến\n"
            "                        trình)\n") in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_help_is_english_with_lang_en(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    code, out, _ = run(capsys, "check", "--lang", "en", "--help")
    assert code == 0
    assert out.startswith("usage: kiemtra check ")
    assert "  -h, --help            show this help message and exit\n" in out
    assert "  --exit-zero           exit 0 once checked, even with findings (as --fail-on never)\n" in out
    assert "ngôn ngữ" not in out and "tùy chọn" not in out
    code, out, _ = run(capsys, "--help")
    assert "Kiểm tra bản thảo báo cáo tiếng Việt (.docx, .md, .txt)." in out  # back to Vietnamese


@pytest.mark.parametrize("args, message", [
    (("check",), "kiemtra: lỗi cách dùng: thiếu đối số bắt buộc: PATH"),
    (("check", "--format", "xml", "a.md"), "kiemtra: lỗi cách dùng: đối số --format/--output-format: lựa chọn "
                                           "không hợp lệ: 'xml' (chọn một trong 'terminal', 'concise', 'json', "
                                           "'sarif', 'github', 'html')"),
    (("check", "--jobs", "hai", "a.md"), "kiemtra: lỗi cách dùng: đối số --jobs/-j: giá trị int không hợp lệ: 'hai'"),
    (("kiem",), "kiemtra: lỗi cách dùng: đối số command: lựa chọn không hợp lệ: 'kiem' (chọn một trong 'check', "
                "'tree', 'rules', 'annotate', 'serve', 'fix')"),
])
def test_argparse_errors_are_vietnamese_and_exit_2(capsys, args, message):
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert err.startswith("cách dùng: kiemtra")
    assert err.splitlines()[-1] == message


def test_argparse_errors_in_english_with_lang_en(capsys):
    code, _, err = run(capsys, "check", "--lang", "en")
    assert code == 2
    assert err.splitlines()[-1] == "kiemtra: usage error: the following arguments are required: PATH"
