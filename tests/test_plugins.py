"""Third-party rule packs: found through their entry points, the list cached between runs."""

import importlib.metadata  # imported before sys.path is narrowed to the fake installs
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiemtra_lint import engine

PAST = 1_600_000_000  # an old modification time: the cache is not written for folders changed just now

PLUGIN_MODULE = textwrap.dedent('''
    from kiemtra_lint.engine import rule


    @rule("KT9{n}1", "fake-plugin-{n}", "structure", "info", summary_vi="giả", summary_en="fake",
          explanation_vi="giả", explanation_en="fake", bad="x", good="y")
    def check(doc, ctx):
        return []
''')


def install_fake(site: Path, n: int) -> None:
    """A distribution ``fakeplug{n}`` in folder ``site`` whose entry point names its module."""
    site.mkdir(exist_ok=True)
    (site / f"fakeplug{n}.py").write_text(PLUGIN_MODULE.format(n=n), encoding="utf-8")
    info = site / f"fakeplug{n}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: fakeplug{n}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[{engine.ENTRY_POINT_GROUP}]\nfake{n} = fakeplug{n}\n",
                                           encoding="utf-8")
    for path in (info, site):
        os.utime(path, (PAST + n, PAST + n))


@pytest.fixture
def fake_site(tmp_path, monkeypatch):
    """An empty sys.path folder, and a private cache folder."""
    site = tmp_path / "site"
    site.mkdir()
    os.utime(site, (PAST, PAST))
    monkeypatch.setattr(sys, "path", [str(site)])
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("KIEMTRA_NO_CACHE", raising=False)
    return site


def cache_files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "kiemtra-lint").glob("plugins-*.json"))


def test_an_installed_plugin_is_found_and_the_answer_cached(fake_site, tmp_path):
    install_fake(fake_site, 1)
    assert engine.plugin_entry_points() == [("fake1", "fakeplug1")]
    [cache] = cache_files(tmp_path)
    assert json.loads(cache.read_text(encoding="utf-8"))["entry_points"] == [["fake1", "fakeplug1"]]


def test_the_cached_answer_is_used_while_nothing_changes(fake_site, tmp_path, monkeypatch):
    install_fake(fake_site, 1)
    engine.plugin_entry_points()
    monkeypatch.setattr(engine, "_scan_entry_points", lambda: pytest.fail("scanned again"))
    assert engine.plugin_entry_points() == [("fake1", "fakeplug1")]


def test_a_plugin_installed_after_the_cache_was_written_is_found(fake_site, tmp_path):
    install_fake(fake_site, 1)
    assert engine.plugin_entry_points() == [("fake1", "fakeplug1")]
    install_fake(fake_site, 2)  # the same folder, now with another modification time
    assert engine.plugin_entry_points() == [("fake1", "fakeplug1"), ("fake2", "fakeplug2")]


def test_a_plugin_on_a_new_sys_path_entry_is_found(fake_site, tmp_path):
    engine.plugin_entry_points()
    other = tmp_path / "other"
    install_fake(other, 3)
    sys.path.append(str(other))
    assert engine.plugin_entry_points() == [("fake3", "fakeplug3")]


def test_a_removed_plugin_is_forgotten(fake_site, tmp_path):
    install_fake(fake_site, 1)
    engine.plugin_entry_points()
    for f in (fake_site / "fakeplug1-1.0.dist-info").iterdir():
        f.unlink()
    (fake_site / "fakeplug1-1.0.dist-info").rmdir()
    os.utime(fake_site, (PAST + 10, PAST + 10))
    assert engine.plugin_entry_points() == []


def test_a_folder_changed_just_now_is_compared_by_its_distributions(fake_site, tmp_path, monkeypatch):
    install_fake(fake_site, 1)
    os.utime(fake_site)  # now: a change within the same clock tick would keep this time
    changed = fake_site.stat().st_mtime_ns
    assert engine.plugin_entry_points() == [("fake1", "fakeplug1")]
    assert len(cache_files(tmp_path)) == 1
    install_fake(fake_site, 2)
    os.utime(fake_site, ns=(changed, changed))  # as if in the same tick
    # (importlib.metadata keeps its own listing of the folder by its time within a process:
    # asked here, it would still answer without fake2; a new process asks afresh)
    monkeypatch.setattr(engine, "_scan_entry_points", lambda: [("asked", "again")])
    assert engine.plugin_entry_points() == [("asked", "again")]


def test_a_distribution_changed_just_now_is_not_cached(fake_site, tmp_path):
    install_fake(fake_site, 1)
    os.utime(fake_site / "fakeplug1-1.0.dist-info")
    assert engine.plugin_entry_points() == [("fake1", "fakeplug1")]
    assert cache_files(tmp_path) == []


def test_the_cache_can_be_turned_off(fake_site, tmp_path, monkeypatch):
    monkeypatch.setenv("KIEMTRA_NO_CACHE", "1")
    install_fake(fake_site, 1)
    assert engine.plugin_entry_points() == [("fake1", "fakeplug1")]
    assert not (tmp_path / "cache" / "kiemtra-lint").exists()


def test_a_broken_cache_file_is_ignored(fake_site, tmp_path):
    install_fake(fake_site, 1)
    engine.plugin_entry_points()
    [cache] = cache_files(tmp_path)
    cache.write_text("{not json", encoding="utf-8")
    assert engine.plugin_entry_points() == [("fake1", "fakeplug1")]


@pytest.mark.parametrize("value, expected", [
    ("json", "json"), ("json:dumps", "dumps"), ("os.path : join [extra]", "join"), ("json:JSONDecoder.decode", "decode"),
])
def test_entry_point_values_load_as_importlib_metadata_loads_them(value, expected):
    assert engine._load_entry_point(value).__name__ == expected
    assert engine._load_entry_point(value) is importlib.metadata.EntryPoint("x", value, "g").load()


def test_the_plugin_rules_are_registered_and_the_second_run_skips_importlib_metadata(tmp_path):
    site = tmp_path / "site"
    install_fake(site, 4)
    (tmp_path / "cache").mkdir()
    os.utime(tmp_path, (PAST, PAST))  # the working folder is on sys.path too ("python -c")
    env = {**os.environ, "PYTHONPATH": str(site), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("KIEMTRA_NO_CACHE", None)
    probe = ("import sys; from kiemtra_lint import engine; r = engine.get_rule('KT941'); "
             "print(r.name, 'importlib.metadata' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True,
                           cwd=tmp_path).stdout.split() for _ in range(2)]
    assert runs == [["fake-plugin-4", "True"], ["fake-plugin-4", "False"]]


def test_a_folder_changed_without_a_distribution_change_keeps_the_cache(fake_site, tmp_path, monkeypatch):
    install_fake(fake_site, 1)
    engine.plugin_entry_points()
    (fake_site / "notes.txt").write_text("an unrelated file", encoding="utf-8")
    os.utime(fake_site, (PAST + 20, PAST + 20))
    monkeypatch.setattr(engine, "_scan_entry_points", lambda: pytest.fail("scanned again"))
    assert engine.plugin_entry_points() == [("fake1", "fakeplug1")]


def test_a_changed_zip_on_sys_path_is_scanned_again(fake_site, tmp_path, monkeypatch):
    archive = tmp_path / "plugins.zip"
    archive.write_bytes(b"")
    os.utime(archive, (PAST, PAST))
    sys.path.append(str(archive))
    engine.plugin_entry_points()
    os.utime(archive, (PAST + 30, PAST + 30))
    scans = []
    real_scan = engine._scan_entry_points
    monkeypatch.setattr(engine, "_scan_entry_points", lambda: scans.append(1) or real_scan())
    engine.plugin_entry_points()
    assert scans == [1]
