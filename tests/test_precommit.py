"""The pre-commit hook, run for real with ``pre-commit try-repo`` in a throw-away repository.

pre-commit installs this repository into its own virtual environment (pip, from the
package index), then runs the hook on the drafts named: this needs network access.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pre_commit  # noqa: F401  (in the test extra: this test must run in CI)
import yaml

ROOT = Path(__file__).resolve().parent.parent
GAP = "**I. KẾT QUẢ**\n\nNội dung.\n\n**III. HẠN CHẾ**\n\nNội dung.\n"


def test_hook_definition():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "kiemtra-lint" and hook["entry"] == "kiemtra check" and hook["language"] == "python"
    import re

    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
    wanted = [n for n in ("a.docx", "b/C.DOCX", "c.md", "d.txt", "e.py", "f.docx.bak", "g/~$h.docx", "i.pdf")
              if files.search(n) and not exclude.search(n)]
    assert wanted == ["a.docx", "b/C.DOCX", "c.md", "d.txt"]


def test_pre_commit_try_repo(tmp_path):
    if shutil.which("git") is None:  # pragma: no cover
        raise AssertionError("git is needed to run pre-commit")
    repo = tmp_path / "ho-so"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    env.pop("CI", None)

    def git(*args):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)

    git("init", "-q")
    (repo / "kiemtra.toml").write_text('fail-on = "warning"\nselect = ["KT101"]\n', encoding="utf-8")
    (repo / "bao-cao.md").write_text(GAP, encoding="utf-8")
    (repo / "sach.md").write_text("**I. KẾT QUẢ**\n\nNội dung.\n", encoding="utf-8")
    (repo / "ghi-chu.py").write_text("x = 1\n", encoding="utf-8")
    git("add", ".")

    # the committed HEAD (in CI, a fresh clone: the code under test); without --ref, try-repo
    # would also take the uncommitted changes of a working tree shared with other work
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()

    def try_repo(*files):
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "kiemtra-lint",
                               "--ref", head, "--verbose", "--files", *files], cwd=repo, env=env,
                              capture_output=True, text=True, timeout=600)

    bad = try_repo("bao-cao.md", "sach.md", "ghi-chu.py")
    print(bad.stdout[-3000:], bad.stderr[-3000:])
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "kiemtra-lint" in bad.stdout and "Failed" in bad.stdout
    assert "KT101  Đánh số mục không liên tục: sau “I.” là “III.”, thiếu “II.”" in bad.stdout
    assert "«III.» HẠN CHẾ" in bad.stdout
    assert "ghi-chu.py" not in bad.stdout  # not a draft: not passed to the hook
    good = try_repo("sach.md", "ghi-chu.py")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
