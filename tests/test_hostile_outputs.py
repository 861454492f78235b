"""Where a report cannot go, and paths that are hard to name (issue 13).

Every case runs the real command in a child process (test_hostile.run_bounded) and asserts
the exit code, the Vietnamese message, that no traceback is shown, that every input's
SHA-256 is unchanged and that no temporary file is left behind.  What cannot be made for
real here (a full disk in an ordinary folder, a read-only folder for root) is simulated
in-process on files.write_output.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys

import pytest
from test_hostile import hashes, run_bounded

from kiemtra_lint import files
from kiemtra_lint.errors import OutputError

DRAFT = "Toàn huyện có 49/53 trường đạt chuẩn, đạt tỷ lệ 90,5%.\n"


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "du-thao.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def run_check(draft, *args, timeout: float = 15.0):
    before = hashes(draft.parent)
    out = run_bounded(["check", str(draft), *args], draft.parent, timeout=timeout)
    after = hashes(draft.parent)
    assert {k: v for k, v in after.items() if k in before} == before, "an input changed"
    assert not [name for name in after if name.endswith(".tmp")], "a temporary file was left behind"
    assert "Traceback" not in out.stdout + out.stderr
    return out


@pytest.mark.parametrize("output, message", [
    ("khong-co/ket-qua.json", "không ghi được tệp kết quả khong-co/ket-qua.json: không có thư mục khong-co; "
                              "không có gì được ghi"),
    (".", "không ghi được tệp kết quả .: đó là một thư mục; hãy ghi vào một tệp; không có gì được ghi"),
    ("du-thao.txt/ket-qua.json", "không ghi được tệp kết quả du-thao.txt/ket-qua.json: du-thao.txt không phải "
                                 "thư mục; không có gì được ghi"),
])
def test_an_output_that_cannot_be_written(draft, output, message):
    out = run_check(draft, "--format", "json", "-o", output)
    assert out.code == 2
    assert out.stderr.strip().splitlines()[-1] == f"kiemtra: {message}"


@pytest.mark.parametrize("folder", ["/proc", "/sys"])
def test_an_output_into_a_system_folder(draft, folder):
    if not os.path.isdir(folder):
        pytest.skip(f"no {folder}")
    out = run_check(draft, "-o", f"{folder}/ket-qua.txt")
    assert out.code == 2
    reason = (f"thư mục {folder} không nhận tệp mới", f"không có quyền ghi vào {folder}", f"{folder} chỉ cho đọc")
    assert any(f"kiemtra: không ghi được tệp kết quả {folder}/ket-qua.txt: {r}; không có gì được ghi" in out.stderr
               for r in reason), out.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder; simulated below")
def test_an_output_into_a_read_only_folder(draft):
    folder = draft.parent / "chi-doc"
    folder.mkdir(mode=0o555)
    out = run_check(draft, "-o", str(folder / "ket-qua.txt"))
    assert out.code == 2
    assert f"không có quyền ghi vào {folder}; không có gì được ghi" in out.stderr


@pytest.mark.parametrize("failure, reason", [
    (errno.ENOSPC, "hết chỗ trống trên đĩa"), (errno.EACCES, "không có quyền ghi vào {folder}"),
    (errno.EROFS, "{folder} chỉ cho đọc"), (errno.EDQUOT, "hết hạn mức dung lượng đĩa"),
])
def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch, failure, reason):
    target = tmp_path / "ket-qua.json"
    target.write_text("báo cáo cũ", encoding="utf-8")

    def fail(fd):
        raise OSError(failure, os.strerror(failure))

    monkeypatch.setattr(files.os, "fsync", fail)
    with pytest.raises(OutputError) as info:
        files.write_output(target, "báo cáo mới")
    assert info.value.message_vi == (f"không ghi được tệp kết quả {target}: {reason.format(folder=tmp_path)}; "
                                     "không có gì được ghi")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ket-qua.json"]
    assert target.read_text(encoding="utf-8") == "báo cáo cũ"


def test_a_full_device_is_written_to_and_reported(draft):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    out = run_check(draft, "-o", "/dev/full")
    assert out.code == 2
    assert "kiemtra: không ghi được tệp kết quả /dev/full: hết chỗ trống trên đĩa; không có gì được ghi" in out.stderr
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # still the device


def test_a_link_to_a_device_is_written_through_never_replaced(draft):
    link = draft.parent / "ra-null.json"
    link.symlink_to("/dev/null")
    out = run_check(draft, "--format", "json", "-o", str(link))
    assert out.code == 1 and out.stderr == ""
    assert os.readlink(link) == "/dev/null" and stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_output_is_written_to_not_replaced(draft):
    fifo = draft.parent / "ong.json"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    out = run_check(draft, "--format", "json", "-o", str(fifo))
    received = reader.communicate(timeout=15)[0]
    assert out.code == 1
    assert json.loads(received)["summary"]["errors"] == 1
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_stdout_closed(draft):
    code = ("import sys; sys.argv = ['kiemtra', 'check', sys.argv[1]]; "
            "from kiemtra_lint.cli import run; run()")
    proc = subprocess.run([sys.executable, "-c", code, str(draft)], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, timeout=60, close_fds=True,
                          preexec_fn=lambda: os.close(1))
    assert proc.returncode == 2
    assert proc.stderr == ("kiemtra: không ghi được ra đầu ra chuẩn (Bad file descriptor); kết quả không được in ra, "
                           "hãy dùng -o TỆP để ghi vào tệp\n")


def test_stdout_closed_does_not_matter_with_an_output_file(draft):
    code = ("import sys; sys.argv = ['kiemtra', 'check', sys.argv[1], '-o', sys.argv[2]]; "
            "from kiemtra_lint.cli import run; run()")
    target = draft.parent / "ket-qua.txt"
    proc = subprocess.run([sys.executable, "-c", code, str(draft), str(target)], stderr=subprocess.PIPE, text=True,
                          timeout=60, preexec_fn=lambda: os.close(1))
    assert proc.returncode == 1 and proc.stderr == ""
    assert "KT201  49/53 = 92,45%, không phải 90,5%" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [["rules"], ["check", "{draft}"], ["tree", "{draft}"]])
def test_a_broken_pipe(draft, command):
    args = [a.format(draft=draft) for a in command]
    proc = subprocess.run(f"{sys.executable} -m kiemtra_lint {' '.join(args)} | head -c 1 >/dev/null; "
                          "echo ${PIPESTATUS[0]} >&2", shell=True, executable="/bin/bash", capture_output=True,
                          text=True, timeout=60, env={**os.environ, "COLUMNS": "80"})
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    # a short output may fit in the pipe before head quits: then it ends as usual
    assert lines[-1] in ("0", "1", "2")
    if lines[-1] == "2":
        assert lines[:-1] == ["kiemtra: không ghi được ra đầu ra chuẩn (Broken pipe); kết quả không được in ra, "
                              "hãy dùng -o TỆP để ghi vào tệp"]


def test_rules_into_a_closed_pipe_says_so():
    """`kiemtra rules` prints far more than a pipe holds: head quits first, every time."""
    proc = subprocess.run(f"{sys.executable} -m kiemtra_lint rules | head -1 >/dev/null; echo ${{PIPESTATUS[0]}} >&2",
                          shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=60)
    assert proc.stderr.splitlines() in (["0"], [
        "kiemtra: không ghi được ra đầu ra chuẩn (Broken pipe); kết quả không được in ra, hãy dùng -o TỆP để ghi vào "
        "tệp", "2"])


# -- paths ----------------------------------------------------------------------------------------

def test_a_name_that_is_not_utf8_in_every_format(tmp_path):
    folder = tmp_path / "thu-muc"
    folder.mkdir()
    bad = os.fsencode(str(folder)) + b"/bao-cao-\xff\xfe.txt"
    with open(bad, "wb") as fh:
        fh.write(DRAFT.encode())
    for fmt in ("terminal", "json", "sarif", "github", "html"):
        out = run_bounded(["check", str(folder), "--format", fmt, "-o", str(tmp_path / f"ra.{fmt}")], tmp_path)
        assert out.code == 1 and out.stderr == "", (fmt, out.stderr)
        shown = "bao-cao-%EF%BF%BD%EF%BF%BD.txt" if fmt == "sarif" else "bao-cao-\ufffd\ufffd.txt"  # a URI in SARIF
        assert shown in (tmp_path / f"ra.{fmt}").read_text(encoding="utf-8")
    with open(bad, "rb") as fh:
        assert fh.read() == DRAFT.encode()


@pytest.mark.parametrize("name", ["a" * 256 + ".txt", "báo-cáo-" * 40 + ".txt"])
def test_a_name_longer_than_the_system_allows(tmp_path, name):
    assert len(name.encode()) > 255
    out = run_bounded(["check", "--format", "json", str(tmp_path / name)], tmp_path)
    message = f"{name}: không đọc được: không mở được tệp (File name too long)"
    assert out.code == 2 and out.stderr == f"kiemtra: {message}\n"  # a file that cannot be read is named on stderr too
    assert json.loads(out.stdout)["files"][0]["error"] == message


def test_a_path_longer_than_path_max(tmp_path):
    path = str(tmp_path) + "/" + "/".join(["thu-muc-rat-dai"] * 300) + "/bao-cao.txt"
    assert len(path) > 4096
    out = run_bounded(["check", "--format", "json", path], tmp_path)
    message = "bao-cao.txt: không đọc được: không mở được tệp (File name too long)"
    assert out.code == 2 and out.stderr == f"kiemtra: {message}\n"
    assert json.loads(out.stdout)["files"][0]["error"] == message


def test_a_working_folder_longer_than_path_max(tmp_path):
    """Made one step at a time (each mkdir and chdir relative), so its full name is never given."""
    script = ("import os, sys\n"
              "os.chdir(sys.argv[1])\n"
              "for _ in range(300):\n"
              "    os.mkdir('thu-muc-rat-dai'); os.chdir('thu-muc-rat-dai')\n"
              "open('bao-cao.txt', 'w', encoding='utf-8').write(sys.argv[2])\n"
              "sys.argv = ['kiemtra', 'check', 'bao-cao.txt', '--format', 'json']\n"
              "from kiemtra_lint.cli import run; run()\n")
    proc = subprocess.run([sys.executable, "-c", script, str(tmp_path), DRAFT], capture_output=True, text=True,
                          timeout=60)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1, proc.stderr
    assert [f["message"] for f in json.loads(proc.stdout)["files"][0]["findings"]] == ["49/53 = 92,45%, không phải 90,5%"]
