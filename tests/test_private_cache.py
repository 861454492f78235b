"""Lark's grammar cache is the only file kiemtra reads back as code (pickle): it is used only
from a folder of the user's own with mode 0700, never from one others may write to, a
relative XDG_CACHE_HOME or an empty HOME (issue 20).  A planted pickle never runs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kiemtra_lint.files import private_cache_dir


@pytest.fixture
def cache_env(tmp_path, monkeypatch):
    monkeypatch.delenv("KIEMTRA_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_users_own_folder_is_used(cache_env):
    assert private_cache_dir() == cache_env / "kiemtra-lint"
    assert (cache_env / "kiemtra-lint").stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("mode", [0o777, 0o775, 0o770, 0o707, 0o750])
def test_a_folder_others_may_touch_is_refused(cache_env, mode):
    folder = cache_env / "kiemtra-lint"
    folder.mkdir()
    folder.chmod(mode)
    assert private_cache_dir() is None
    assert folder.stat().st_mode & 0o777 == mode  # left as it was found


def test_a_symbolic_link_in_place_of_the_folder_is_refused(cache_env):
    target = cache_env / "cua-nguoi-khac"
    target.mkdir(mode=0o700)
    (cache_env / "kiemtra-lint").symlink_to(target)
    assert private_cache_dir() is None


@pytest.mark.parametrize("xdg, home", [("cache", ""), ("./cache", None), ("", ""), ("", "/"), ("", "relative/home")])
def test_a_relative_or_empty_place_is_never_used(cache_env, monkeypatch, xdg, home):
    monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    before = sorted(os.listdir(cache_env))
    assert private_cache_dir() is None
    assert sorted(os.listdir(cache_env)) == before  # nothing made in the working folder


PLANT = r"""
import os, pickle, sys
from pathlib import Path
marker = sys.argv[1]

class Planted:
    def __reduce__(self):
        return (open, (marker, "w"))

from kiemtra_lint.grammar import _cache_file, grammar_text
folder = Path(os.environ["XDG_CACHE_HOME"]) / "kiemtra-lint"
os.chmod(folder, 0o700)  # to learn the file's name as a private folder would have it
name = _cache_file(grammar_text("heading"), {"lexer": "contextual"})
os.chmod(folder, int(sys.argv[2], 8))
Path(name).write_bytes(b"0" * 64 + b"\n" + pickle.dumps(Planted()))  # Lark's layout: a hash line, then pickles
print(name)
"""

LOAD = r"""
from kiemtra_lint.grammar import grammar_text, lalr_parser
print(lalr_parser(grammar_text("heading"), lexer="contextual").parse("1.2.") is not None)
"""


@pytest.mark.parametrize("mode", ["777", "775"])
def test_a_planted_pickle_never_runs(tmp_path, mode):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("KIEMTRA_NO_CACHE", None)
    (tmp_path / "kiemtra-lint").mkdir()
    marker = tmp_path / "da-chay"
    planted = subprocess.run([sys.executable, "-c", PLANT, str(marker), mode], env=env, capture_output=True,
                             text=True, timeout=60)
    assert planted.returncode == 0, planted.stderr
    assert planted.stdout.strip() not in ("", "None")  # a file was planted where the cache would be
    loaded = subprocess.run([sys.executable, "-c", LOAD], env=env, capture_output=True, text=True, timeout=60)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "True"
    assert not marker.exists(), "the planted pickle ran"


@pytest.mark.parametrize("content", [b"", b"garbage\n\x80\x04K\x01.", b"0" * 64 + b"\n" + b"\x80\x04]\x94."
                                     + b"\x80\x04}\x94.", b"\xff" * 4096])
def test_a_corrupted_cache_file_is_ignored_and_rebuilt(tmp_path, content):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("KIEMTRA_NO_CACHE", None)
    first = subprocess.run([sys.executable, "-c", LOAD], env=env, capture_output=True, text=True, timeout=60)
    assert first.stdout.strip() == "True"
    (cached,) = (tmp_path / "kiemtra-lint").iterdir()
    cached.write_bytes(content)
    again = subprocess.run([sys.executable, "-c", LOAD], env=env, capture_output=True, text=True, timeout=60)
    assert (again.returncode, again.stdout.strip(), again.stderr) == (0, "True", "")
