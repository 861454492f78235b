import os
import sys
from pathlib import Path

# Rules that crash must fail the tests instead of becoming KT009 findings.
os.environ["KIEMTRA_STRICT"] = "1"
os.environ.pop("NO_COLOR", None)

sys.path.insert(0, str(Path(__file__).parent))

import pytest  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _private_cache_home(tmp_path_factory):
    """Lark's grammar cache goes to a folder of the test run, never the developer's ~/.cache."""
    home = tmp_path_factory.mktemp("cache-home")
    home.chmod(0o700)
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(home)
    yield
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture
def lint_text(tmp_path):
    """``lint_text(text, select=None, name="d.md", **settings)``: the FileResult of ``text``
    saved as ``name`` and checked with those settings (the one shared helper for rule tests)."""
    from kiemtra_lint.config import Settings
    from kiemtra_lint.lint import lint_file

    def run(text: str, select=None, name: str = "d.md", **settings):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return lint_file(str(path), Settings(select=tuple(select) if select else None, **settings))

    return run


@pytest.fixture
def run_cli(capsys):
    """``run_cli("check", "--format", "json", folder)``: (exit code, stdout, stderr) of the
    ``kiemtra`` command run in this process (arguments turned into strings); the one shared
    helper for tests of the command line.  Tests that need a real child process (a crash, a
    closed stream, a time limit) use test_hostile.run_bounded instead."""
    from kiemtra_lint.cli import main

    def run(*args):
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run
