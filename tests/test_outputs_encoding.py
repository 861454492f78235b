"""Non-UTF-8 output never crashes (issue 18): with stdout in a legacy code page (a Windows
console's cp1252/cp1258/cp437, redirected output) every format writes UTF-8 and exits with
the code of the findings, never a UnicodeEncodeError (exit 1, read as "findings")."""

import json
import os
import subprocess
import sys

import pytest

DRAFT = "**I. KẾT QUẢ**\n\nCó 49/53 xã đạt chuẩn, bằng 90,5%.\n"


def kiemtra(tmp_path, encoding, *args):
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    proc = subprocess.run([sys.executable, "-m", "kiemtra_lint", *args], cwd=tmp_path, env=env,
                          capture_output=True, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@pytest.mark.parametrize("encoding", ["cp1252", "cp1258", "cp437"])
@pytest.mark.parametrize("fmt", ["terminal", "github", "sarif", "json"])
def test_every_format_writes_utf8_to_a_legacy_code_page(tmp_path, encoding, fmt):
    (tmp_path / "du-thao.md").write_text(DRAFT, encoding="utf-8")
    code, out, err = kiemtra(tmp_path, encoding, "check", "--select", "KT201", "--format", fmt, "du-thao.md")
    assert (code, err) == (1, "")
    assert "49/53 = 92,45%, không phải 90,5%".replace("%", "%25" if fmt == "github" else "%") in (json.loads(out)["runs"][0]["results"][0]["message"]["text"]
                                                  if fmt == "sarif" else out)


def test_messages_on_stderr_in_a_legacy_code_page(tmp_path):
    code, out, err = kiemtra(tmp_path, "cp1252", "check", "--select", "KT999", "x.md")
    assert (code, out) == (2, "")
    assert err == "kiemtra: --select: không có quy tắc nào mang mã KT999; xem danh sách bằng `kiemtra rules`\n"
