"""Config mistakes never pass in silence (issue 18): a pyproject.toml that is not TOML and codes
that name no rule are exit 2 with a Vietnamese message, before any file is checked."""

import pytest

from kiemtra_lint.cli import main

DRAFT = "**I. KẾT QUẢ**\n\nNội dung.\n\n**III. HẠN CHẾ**\n\nNội dung.\n"


def run(capsys, *args):
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "du-thao.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_a_pyproject_with_a_toml_syntax_error_is_exit_2_not_the_defaults(tmp_path, draft, capsys):
    (tmp_path / "pyproject.toml").write_text('[tool.kiemtra]\nselect = ["KT1"\nlang = "en"\n', encoding="utf-8")
    code, out, err = run(capsys, "check", draft)
    assert (code, out) == (2, "")
    assert err == (f"kiemtra: {tmp_path / 'pyproject.toml'}: tệp cấu hình sai cú pháp TOML ở dòng 3, cột 1 "
                   "(Unclosed array (at line 3, column 1))\n")
    (tmp_path / "pyproject.toml").write_text('[tool.kiemtra]\nselect = ["KT1"\n', encoding="utf-8")
    assert run(capsys, "check", draft)[2] == (f"kiemtra: {tmp_path / 'pyproject.toml'}: tệp cấu hình sai cú pháp "
                                              "TOML ở cuối tệp (Unclosed array (at end of document))\n")
    # even a pyproject.toml that may not be about kiemtra: it cannot be told, so it is said
    (tmp_path / "pyproject.toml").write_text("[project\nname = 'x'\n", encoding="utf-8")
    assert run(capsys, "check", draft)[0] == 2
    (tmp_path / "pyproject.toml").write_bytes(b"[tool.kiemtra]\nlang = \"vi\" # \xff\n")
    code, _, err = run(capsys, "check", draft)
    assert (code, err) == (2, f"kiemtra: {tmp_path / 'pyproject.toml'}: tệp cấu hình không phải văn bản UTF-8\n")


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_an_unknown_code_on_the_command_line_is_exit_2(draft, capsys, option):
    code, out, err = run(capsys, "check", option, "KT999,KT1", draft)
    assert (code, out, err) == (2, "", f"kiemtra: {option}: không có quy tắc nào mang mã KT999; "
                                       "xem danh sách bằng `kiemtra rules`\n")
    assert run(capsys, "annotate", "x.docx", "-o", "y.docx", option, "XYZ")[0] == 2


@pytest.mark.parametrize("key", ["select", "ignore", "extend-select"])
def test_an_unknown_code_in_the_config_is_exit_2(tmp_path, draft, capsys, key):
    (tmp_path / "kiemtra.toml").write_text(f'{key} = ["XYZ", "KT2", "KT1000"]\n', encoding="utf-8")
    code, out, err = run(capsys, "check", draft)
    assert (code, out, err) == (2, "", f"kiemtra: {tmp_path / 'kiemtra.toml'}: không có quy tắc nào mang mã "
                                       "XYZ, KT1000; xem danh sách bằng `kiemtra rules`\n")


def test_known_codes_prefixes_and_all_pass(tmp_path, draft, capsys):
    (tmp_path / "kiemtra.toml").write_text('select = ["ALL"]\nignore = ["KT2", "kt501"]\n'
                                           '[per-file-ignores]\n"*.md" = ["KT10"]\n', encoding="utf-8")
    assert run(capsys, "check", "--select", "KT1,KT401", draft)[0] in (0, 1)
    (tmp_path / "kiemtra.toml").write_text('[per-file-ignores]\n"*.md" = ["KT77"]\n', encoding="utf-8")
    code, _, err = run(capsys, "check", draft)
    assert code == 2 and "mang mã KT77;" in err
