"""Data files parsed once and read back (files.load_toml) give what tomllib gives."""

import datetime as dt
import os
import time
import tomllib

import pytest

from kiemtra_lint import files
from kiemtra_lint.files import PrivateCache, load_toml

PAST = 1_600_000_000
NOW = (int(time.time()) + 3600) * 10**9  # "now" for load_toml: the files written here are an hour old
TEXT = 'name = "kiểm điểm"\nlevels = [1, 2.5, true]\n[detect]\nwords = ["a", "b"]\n'
PARSED = {"name": "kiểm điểm", "levels": [1, 2.5, True], "detect": {"words": ["a", "b"]}}


@pytest.fixture
def store(tmp_path, monkeypatch):
    """An empty private cache folder, and a fresh in-memory store."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("KIEMTRA_NO_CACHE", raising=False)
    monkeypatch.setattr(PrivateCache, "instances", [])
    monkeypatch.setattr(files, "_now_ns", lambda: NOW)
    restart(monkeypatch)


def restart(monkeypatch):
    """As a new process would: nothing in memory, the file read again."""
    monkeypatch.setattr(files, "_TOML", PrivateCache(files._TOML.name, 200))


def write(path, data: bytes, when: int = PAST):
    path.write_bytes(data)
    os.utime(path, (when, when))
    return path


def test_a_parse_read_back_is_the_same(store, tmp_path, monkeypatch):
    path = write(tmp_path / "p.toml", TEXT.encode())
    assert load_toml(path) == tomllib.loads(TEXT) == PARSED
    files.save_private_caches()
    restart(monkeypatch)
    monkeypatch.setattr(tomllib, "loads", lambda *a: pytest.fail("parsed again"))
    assert load_toml(path) == PARSED


def test_a_changed_file_is_parsed_again(store, tmp_path, monkeypatch):
    path = write(tmp_path / "p.toml", TEXT.encode())
    load_toml(path)
    files.save_private_caches()
    restart(monkeypatch)
    write(path, 'name = "sơ kết"\n'.encode(), PAST + 5)
    assert load_toml(path) == {"name": "sơ kết"}


def test_a_file_changed_just_now_or_holding_dates_is_not_kept(store, tmp_path):
    recent = write(tmp_path / "new.toml", TEXT.encode(), when=NOW // 10**9)
    dated = write(tmp_path / "dated.toml", b"report-date = 2023-07-05\n")
    assert load_toml(recent) == PARSED
    assert load_toml(dated) == {"report-date": dt.date(2023, 7, 5)}
    assert files._TOML._load() == {}


def test_errors_are_those_of_reading_and_parsing(store, tmp_path):
    with pytest.raises(FileNotFoundError):
        load_toml(tmp_path / "missing.toml")
    with pytest.raises(tomllib.TOMLDecodeError):
        load_toml(write(tmp_path / "bad.toml", b"name = \n"))
    with pytest.raises(UnicodeDecodeError):
        load_toml(write(tmp_path / "latin.toml", 'name = "café"\n'.encode("latin-1")))


def test_the_decode_error_is_tomllib_s():
    assert files.TOMLDecodeError is tomllib.TOMLDecodeError
    with pytest.raises(AttributeError):
        files.NoSuchName  # noqa: B018


def test_a_bad_config_and_a_bad_profile_are_still_reported(tmp_path):
    from kiemtra_lint.config import load_settings
    from kiemtra_lint.errors import InputError
    from kiemtra_lint.profiles import load_profiles

    bad = write(tmp_path / "kiemtra.toml", b"select = [\n")
    with pytest.raises(InputError) as config_error:
        load_settings(bad)
    folder = tmp_path / "profiles"
    folder.mkdir()
    write(folder / "x.toml", b"name = \n")
    with pytest.raises(InputError) as profile_error:
        load_profiles((str(folder),))
    assert "tệp cấu hình sai cú pháp TOML" in config_error.value.message_vi
    assert "sai cú pháp TOML" in profile_error.value.message_vi
