"""Batches: folders walked, files checked in parallel in a deterministic order, a closing summary."""

import json
import os
from pathlib import Path

import pytest

from kiemtra_lint import cli

GAP = "**I. A**\n\nNội dung.\n\n**III. B**\n\nNội dung.\n"
CLEAN = "**I. A**\n\nNội dung.\n"


@pytest.fixture
def folder(tmp_path):
    """14 drafts in two sub-folders (one of them unreadable), plus things a walk must skip."""
    for i in range(1, 13):
        sub = tmp_path / ("nam-2023" if i % 2 else "nam-2024")
        sub.mkdir(exist_ok=True)
        # d03, d06, d09, d12 have a gap (one KT101 each); d12 has two gaps
        text = GAP if i % 3 == 0 else CLEAN
        if i == 12:
            text += "\n**V. C**\n\nNội dung.\n"
        (sub / f"d{i:02}.md").write_text(text, encoding="utf-8")
    (tmp_path / "nam-2024" / "hong.docx").write_bytes(b"not a zip")
    (tmp_path / "nam-2024" / "~$d02.docx").write_bytes(b"word lock file")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.md").write_text(GAP, encoding="utf-8")
    (tmp_path / "ghi-chu.pdf").write_bytes(b"%PDF")
    return tmp_path


def test_parallel_results_come_back_in_order(folder, run_cli):
    _, serial, _ = run_cli("check", "--format", "json", "--select", "KT101", "--jobs", "1", folder)
    _, parallel, _ = run_cli("check", "--format", "json", "--select", "KT101", "--jobs", "3", folder)
    assert serial == parallel
    names = [Path(f["path"]).relative_to(folder).as_posix() for f in json.loads(serial)["files"]]
    assert names == ["nam-2023/d01.md", "nam-2023/d03.md", "nam-2023/d05.md", "nam-2023/d07.md",
                     "nam-2023/d09.md", "nam-2023/d11.md", "nam-2024/d02.md", "nam-2024/d04.md",
                     "nam-2024/d06.md", "nam-2024/d08.md", "nam-2024/d10.md", "nam-2024/d12.md",
                     "nam-2024/hong.docx"]


def test_closing_summary_of_a_batch(folder, run_cli, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(folder)
    code, out, _ = run_cli("check", "--select", "KT101", "--jobs", "2", ".")
    assert code == 2  # one file could not be read
    tail = [line.rstrip() for line in out[out.index("Tệp nhiều phát hiện nhất"):].splitlines()]
    assert tail == [
        "Tệp nhiều phát hiện nhất             Lỗi  Cảnh báo  Thông tin",
        "./nam-2024/hong.docx      không đọc được",
        "./nam-2024/d12.md                      0         2          0",
        "./nam-2023/d03.md                      0         1          0",
        "./nam-2023/d09.md                      0         1          0",
        "./nam-2024/d06.md                      0         1          0",
        "",
        "Nhóm      Lỗi  Cảnh báo  Thông tin",
        "cấu trúc    0         5          0",
        "Tổng        0         5          0",
        "",
        "13 tệp (1 không đọc được), 5 phát hiện: 0 lỗi, 5 cảnh báo, 0 thông tin",
    ]


def test_small_batches_list_every_file(folder, run_cli, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(folder / "nam-2023")
    _, out, _ = run_cli("check", "--select", "KT101", "--lang", "en", "d01.md", "d03.md")
    assert [line.rstrip() for line in out[out.index("File "):].splitlines()] == [
        "File    Errors  Warnings  Infos",
        "d01.md       0         0      0",
        "d03.md       0         1      0",
        "Total        0         1      0",
        "",
        "Family     Errors  Warnings  Infos",
        "structure       0         1      0",
        "Total           0         1      0",
        "",
        "2 files, 1 findings: 0 errors, 1 warnings, 0 infos",
    ]


def test_progress_bar_only_for_batches_on_a_terminal(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True, raising=False)
    assert cli._show_progress(4) and not cli._show_progress(3)
    monkeypatch.setenv("CI", "true")
    assert not cli._show_progress(50)
    monkeypatch.delenv("CI")
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: False, raising=False)
    assert not cli._show_progress(50)


def test_progress_bar_does_not_disturb_the_results(folder, capsys):
    from kiemtra_lint.config import Settings
    from kiemtra_lint.files import expand_paths

    files = expand_paths([str(folder)])
    settings = Settings(select=("KT101",))
    quiet = cli.run_check(files, settings, jobs=2)
    with_bar = cli.run_check(files, [settings] * len(files), jobs=2, progress=True)
    assert [(r.path, [f.rule for f in r.findings]) for r in quiet] == \
        [(r.path, [f.rule for f in r.findings]) for r in with_bar]
    capsys.readouterr()


def test_jobs_default_to_the_cores_and_must_be_positive(folder, run_cli, monkeypatch):
    from kiemtra_lint import batch

    seen = {}
    real = batch.check_files

    def spy(files, settings, jobs, *args):
        seen["jobs"] = jobs
        return real(files, settings, 1, *args)

    monkeypatch.setattr(batch, "check_files", spy)
    run_cli("check", "--select", "KT101", folder)
    assert seen["jobs"] is None  # check_files then uses os.cpu_count()
    assert run_cli("check", "--jobs", "0", folder)[0] == 2
    assert os.cpu_count() >= 1


def _lint_or_die(path, *args, **kwargs):
    """lint_file, except that the worker checking d1.md is killed as the system's OOM killer would.

    The real lint_file is the one kept at import (_REAL_LINT_FILE): looked up at call time, in a
    forked worker, it would be this function again (the patch is inherited), and the healthy
    files would recurse until the killed worker happened to win the race."""
    import os
    import signal

    if path.endswith("d1.md"):
        os.kill(os.getpid(), signal.SIGKILL)
    return _REAL_LINT_FILE(path, *args, **kwargs)


from kiemtra_lint.lint import lint_file as _REAL_LINT_FILE  # noqa: E402  (see _lint_or_die)


def test_a_dead_worker_makes_the_file_unreadable_not_a_traceback(tmp_path, monkeypatch, capsys):
    """A worker killed by the system (out of memory) is exit 2 with a message, never a traceback."""
    import json

    from kiemtra_lint import cli, lint

    for i in range(3):
        (tmp_path / f"d{i}.md").write_text("**I. KẾT QUẢ**\n\nNội dung.\n", encoding="utf-8")
    monkeypatch.setattr(lint, "lint_file", _lint_or_die)
    code = cli.main(["check", "--jobs", "2", "--format", "json", str(tmp_path)])
    files = {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(capsys.readouterr().out)["files"]}
    assert code == 2
    assert files["d1.md"]["error"].startswith("d1.md: không kiểm tra được: tiến trình kiểm tra bị dừng đột ngột")
    # the others were checked, or queued behind the dead worker (the pool cannot go on): never a crash
    for name in ("d0.md", "d2.md"):
        assert files[name]["error"] in (None, f"{name}: không kiểm tra được: tiến trình kiểm tra bị dừng đột ngột "
                                              "(có thể do hết bộ nhớ); hãy chạy lại tệp này với --jobs 1")
