"""Configuration: [tool.kiemtra] in pyproject.toml or kiemtra.toml, nearest above each file, then flags."""

import datetime as dt
import json
from pathlib import Path

import pytest

from kiemtra_lint.cli import main
from kiemtra_lint.config import Settings, find_config, load_settings
from kiemtra_lint.errors import InputError

GAP = "**I. KẾT QUẢ**\n\nNội dung.\n\n**III. HẠN CHẾ**\n\nNội dung.\n"


def findings(capsys, *args):
    code = main(["check", "--format", "json", *map(str, args)])
    out, err = capsys.readouterr()
    if code == 2 and not out:
        return code, err
    data = json.loads(out)
    return code, {Path(f["path"]).name: [(x["rule"], x["severity"]) for x in f["findings"]] for f in data["files"]}


def test_every_key(tmp_path):
    (tmp_path / "so-lieu").mkdir()
    (tmp_path / "so-lieu" / "van-ban.csv").write_text("so_ky_hieu,ngay\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("""
[project]
name = "ho-so"

[tool.kiemtra]
select = ["KT1", "KT2"]
extend-select = ["KT301"]
ignore = "KT106, KT204"
profile = "kiem-diem"
report-date = 2023-07-05
lang = "en"
fail-on = "warning"

[tool.kiemtra.severity]
kt101 = "error"

[tool.kiemtra.per-file-ignores]
"phu-luc/*.docx" = ["KT2"]

[tool.kiemtra.data]
registry = "so-lieu/van-ban.csv"
variants = ["so-lieu"]

[tool.kiemtra.options.duplicates]
min-words = 12
""", encoding="utf-8")
    s = load_settings(find_config(tmp_path / "a" / "b.docx"))
    assert s == Settings(select=("KT1", "KT2"), ignore=("KT106", "KT204"), extend_select=("KT301",),
                         severity={"KT101": "error"}, profile="kiem-diem", report_date=dt.date(2023, 7, 5),
                         lang="en", fail_on="warning", per_file_ignores={"phu-luc/*.docx": ("KT2",)},
                         data={"registry": (str(tmp_path / "so-lieu" / "van-ban.csv"),),
                               "variants": (str(tmp_path / "so-lieu"),)},
                         source=str(tmp_path / "pyproject.toml"), options={"duplicates": {"min-words": 12}})
    # per-file-ignores match relative to the config's folder, by name, or as given
    assert s.ignores_for(str(tmp_path / "phu-luc" / "bang.docx")) == ("KT106", "KT204", "KT2")
    assert s.ignores_for(str(tmp_path / "bao-cao.docx")) == ("KT106", "KT204")


def test_nearest_config_wins_and_kiemtra_toml_beats_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.kiemtra]\nlang = "en"\n', encoding="utf-8")
    sub = tmp_path / "nam-2023"
    sub.mkdir()
    assert find_config(sub / "x.docx") == tmp_path / "pyproject.toml"
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")  # no [tool.kiemtra]: skipped
    assert find_config(sub / "x.docx") == tmp_path / "pyproject.toml"
    (tmp_path / "kiemtra.toml").write_text('lang = "vi"\n', encoding="utf-8")
    assert find_config(sub / "x.docx") == tmp_path / "kiemtra.toml"
    assert find_config(sub) == tmp_path / "kiemtra.toml"


@pytest.mark.parametrize("text, message", [
    ('select = ["KT2O1"]', "'select': mã quy tắc không hợp lệ: KT2O1"),
    ("select = 3", "'select' phải là danh sách mã quy tắc"),
    ('[severity]\nKT101 = "fatal"', "'severity' phải ánh xạ mã quy tắc sang error|warning|info"),
    ('[severity]\n"KT 101" = "error"', "'severity': mã quy tắc không hợp lệ: KT 101"),
    ('lang = "fr"', "'lang' phải là vi hoặc en"),
    ('fail-on = "all"', "'fail-on' phải là một trong error, warning, info, never"),
    ('report-date = "31/02/2023"', "report-date: ngày không hợp lệ: '31/02/2023'"),
    ("profile = 1", "'profile' phải là tên một hồ sơ"),
    ('[data]\nregistry = "khong-co.csv"', "data.registry: không có tệp hay thư mục khong-co.csv"),
    ("data = 1", "'data' phải là bảng tên -> tệp dữ liệu"),
    ('per-file-ignores = ["KT2"]', "'per-file-ignores' phải là bảng mẫu tệp -> mã"),
    ('ignorer = ["KT1"]', "khóa cấu hình không biết: ignorer"),
    ("select = [", "tệp cấu hình sai cú pháp TOML"),
])
def test_bad_config_is_a_usage_error_with_a_vietnamese_message(tmp_path, capsys, text, message):
    (tmp_path / "kiemtra.toml").write_text(text + "\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_settings(tmp_path / "kiemtra.toml")
    assert message in exc.value.message_vi
    (tmp_path / "gap.md").write_text(GAP, encoding="utf-8")
    code, err = findings(capsys, tmp_path / "gap.md")
    assert code == 2 and message in err and "Traceback" not in err


def test_each_file_gets_the_config_above_it_and_flags_override(tmp_path, capsys):
    (tmp_path / "kiemtra.toml").write_text('[severity]\nKT101 = "error"\n', encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "kiemtra.toml").write_text('ignore = ["KT101"]\n', encoding="utf-8")
    for d in ("a", "b"):
        (tmp_path / d / f"{d}.md").write_text(GAP, encoding="utf-8")
    code, got = findings(capsys, tmp_path, "--select", "KT101")
    assert got == {"a.md": [("KT101", "error")], "b.md": []}
    assert code == 1  # an error, and --fail-on defaults to error
    # --config names one file for all; flags override it
    code, got = findings(capsys, tmp_path, "--select", "KT101", "--config", tmp_path / "b" / "kiemtra.toml")
    assert got == {"a.md": [], "b.md": []} and code == 0
    code, got = findings(capsys, tmp_path, "--select", "KT101", "--ignore", "KT2")
    assert got == {"a.md": [("KT101", "error")], "b.md": [("KT101", "warning")]}


def test_global_settings_come_from_the_first_path(tmp_path, capsys):
    (tmp_path / "kiemtra.toml").write_text('fail-on = "warning"\nlang = "en"\n', encoding="utf-8")
    (tmp_path / "gap.md").write_text(GAP, encoding="utf-8")
    code = main(["check", "--format", "json", "--select", "KT101", str(tmp_path / "gap.md")])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert out["files"][0]["findings"][0]["message"].startswith("Heading numbering skips")
    assert main(["check", "--select", "KT101", "--fail-on", "error", str(tmp_path / "gap.md")]) == 0
    capsys.readouterr()


def test_missing_config_file_and_unknown_profile_are_usage_errors(tmp_path, capsys):
    (tmp_path / "gap.md").write_text(GAP, encoding="utf-8")
    assert main(["check", "--config", str(tmp_path / "khong-co.toml"), str(tmp_path / "gap.md")]) == 2
    assert "không tìm thấy tệp cấu hình" in capsys.readouterr().err
    try:
        import kiemtra_lint.rules.structure.profiles  # noqa: F401
    except ImportError:
        pytest.skip("no profiles module in this build")
    assert main(["check", "--profile", "khong-co-ho-so-nay", str(tmp_path / "gap.md")]) == 2
    assert "khong-co-ho-so-nay" in capsys.readouterr().err
    (tmp_path / "kiemtra.toml").write_text('profile = "khong-co-ho-so-nay"\n', encoding="utf-8")
    assert main(["check", str(tmp_path / "gap.md")]) == 2
    assert "khong-co-ho-so-nay" in capsys.readouterr().err
