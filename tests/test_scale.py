"""A folder run keeps a brief of each finished file, not its findings' places (issue 14, scale)."""

from __future__ import annotations

import json

import pytest

from kiemtra_lint import cli, files
from kiemtra_lint.batch import ResultLog, check_files
from kiemtra_lint.config import Settings
from kiemtra_lint.errors import OutputError
from kiemtra_lint.lint import BriefFinding

DRAFT = "Toàn huyện có 49/53 trường đạt chuẩn, đạt tỷ lệ 90,5%.\n"


@pytest.fixture
def folder(tmp_path):
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def test_results_arrive_in_order_one_at_a_time(folder):
    paths = sorted(str(p) for p in folder.iterdir())
    arriving = check_files(paths, Settings(select=("KT201",)), jobs=1)
    first = next(arriving)
    assert first.path == paths[0] and [f.rule for f in first.findings] == ["KT201"]
    assert [r.path for r in arriving] == paths[1:]


def test_the_log_yields_whole_results_once_then_briefs(folder):
    paths = sorted(str(p) for p in folder.iterdir())
    log = ResultLog(check_files(paths, Settings(select=("KT201",)), jobs=1), len(paths))
    assert len(log) == 3
    first = [r.findings[0] for r in log]
    assert first[0].place["excerpt"] == "90,5%" and first[0].place["text"] == DRAFT.strip()
    again = [r.findings for r in log]
    assert again == [[BriefFinding("KT201", "fraction-percent", "figures", "error")]] * 3
    assert [r.path for r in log] == paths


def test_a_folder_report_is_the_same_streamed_or_whole(folder, capsys):
    cli.main(["check", "--format", "json", "--select", "KT201", "--jobs", "2", str(folder)])
    streamed = capsys.readouterr().out
    from kiemtra_lint.report.json import render

    whole = render(cli.run_check(sorted(str(p) for p in folder.iterdir()), Settings(select=("KT201",)), 1))
    assert streamed == whole
    assert json.loads(streamed)["summary"] == {"files": 3, "errors": 3, "warnings": 0, "infos": 0}


def test_a_report_stopped_halfway_leaves_the_old_file(tmp_path):
    target = tmp_path / "ket-qua.json"
    target.write_text("báo cáo cũ", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with files.open_output(target) as stream:
            stream.write("nửa báo cáo")
            raise KeyboardInterrupt
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ket-qua.json"]
    assert target.read_text(encoding="utf-8") == "báo cáo cũ"


def test_an_output_folder_that_is_missing_is_refused_before_any_draft_is_read(tmp_path, monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("a draft was read")

    from kiemtra_lint import lint

    (tmp_path / "d.txt").write_text(DRAFT, encoding="utf-8")
    monkeypatch.setattr(lint, "lint_file", never)
    with pytest.raises(OutputError):
        with files.open_output(tmp_path / "khong-co" / "kq.json"):
            pass
    assert cli.main(["check", "-o", str(tmp_path / "khong-co" / "kq.json"), str(tmp_path / "d.txt")]) == 2
