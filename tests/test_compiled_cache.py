"""Compiled patterns kept between runs (patterns.compile_cached) give the same pattern objects."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from hash_seeds import outputs_under_hash_seeds
from kiemtra_lint import patterns
from kiemtra_lint.files import PrivateCache
from kiemtra_lint.grammar import _CachedRegex, _lex_with_cached_patterns

SAMPLES = [
    (r"(?<![\p{L}\p{N}/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\p{N}/])", 0, "ngày 22/10/2018, 1.2.2020"),
    (r"(?P<word>(?i:khóa|khoá))\s+(?P<n>[IVX]+)", 0, "Đại hội KHÓA XII và khoá IX"),
    (r"ban\s+thường\s+vụ", regex.IGNORECASE, "BAN THƯỜNG VỤ và Ban thường vụ"),
    (r"[\d--[0-9]]+", regex.V1, "١٢٣ and 456"),
    (r"\w+(?=\s)", regex.REVERSE, "một hai ba"),
]


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """An empty private cache folder, and the in-memory store forgotten."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("KIEMTRA_NO_CACHE", raising=False)
    monkeypatch.setattr(PrivateCache, "instances", [])
    restart(monkeypatch)
    return tmp_path / "kiemtra-lint"


def restart(monkeypatch, limit: int = 600):
    """As a new process would: nothing in memory, the file read again."""
    monkeypatch.setattr(patterns, "_COMPILED", PrivateCache(patterns._COMPILED.name, limit))


def save():
    patterns._COMPILED.save()


def kept() -> set[str]:
    """The patterns in the store (read from the file by a fresh store)."""
    return {key[0] for key in patterns._COMPILED._load()}


def same_behaviour(a: regex.Pattern, b: regex.Pattern, text: str) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]


@pytest.mark.parametrize("pattern, flags, text", SAMPLES)
def test_a_pattern_read_back_behaves_as_a_fresh_compile(fresh_store, monkeypatch, pattern, flags, text):
    first = patterns.compile_cached(pattern, flags)
    save()
    restart(monkeypatch)
    monkeypatch.setattr(patterns, "_compile_capturing", lambda *a: pytest.fail("compiled again"))
    again = patterns.compile_cached(pattern, flags)
    for compiled in (first, again):
        same_behaviour(compiled, regex.compile(pattern, flags), text)


def test_patterns_are_written_once_and_merged_with_the_file(fresh_store, monkeypatch):
    patterns.compile_cached(r"a+b", 0)
    save()
    [file] = fresh_store.glob("regex-*.marshal")
    written = file.stat().st_mtime_ns
    save()  # nothing new: not written again
    assert file.stat().st_mtime_ns == written
    other = PrivateCache(patterns._COMPILED.name, 600)  # another process, started before a+b was written,
    other._entries = {}  # adds c+d
    monkeypatch.setattr(patterns, "_COMPILED", other)
    patterns.compile_cached(r"c+d", 0)
    save()
    restart(monkeypatch)
    assert kept() == {"a+b", "c+d"}


def test_a_broken_file_is_ignored(fresh_store, monkeypatch):
    patterns.compile_cached(r"x+", 0)
    save()
    [file] = fresh_store.glob("regex-*.marshal")
    file.write_bytes(b"\x00not marshal")
    restart(monkeypatch)
    assert patterns.compile_cached(r"x+", 0).findall("axxb") == ["xx"]


def test_the_cache_can_be_turned_off(fresh_store, monkeypatch):
    monkeypatch.setenv("KIEMTRA_NO_CACHE", "1")
    assert patterns.compile_cached(r"y+", 0).findall("yyay") == ["yy", "y"]
    save()
    assert not fresh_store.exists()


def test_a_locale_pattern_is_not_kept(fresh_store):
    assert patterns.compile_cached(r"(?L)\w+").findall("ab cd") == ["ab", "cd"]
    assert kept() == set()


def test_the_citation_lexer_compiles_through_the_cache():
    from kiemtra_lint.citations import _parser

    lexer = _parser().parser.lexer
    assert all(isinstance(each.re, _CachedRegex) for each in lexer.lexers.values())
    assert _CachedRegex().escape("a.b") == regex.escape("a.b")
    _lex_with_cached_patterns(object())  # a parser without those attributes is left alone


def test_findings_are_the_same_with_and_without_the_cache(tmp_path):
    """A sample checked twice with the cache (written, then read) and once without."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("KIEMTRA_NO_CACHE", None)
    sample = str(Path(__file__).parent.parent / "samples" / "so-ket.docx")
    cmd = [sys.executable, "-m", "kiemtra_lint", "check", "--format", "json", "--fail-on", "never", sample]
    outputs = [subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout for _ in range(2)]
    off = subprocess.run(cmd, env={**env, "KIEMTRA_NO_CACHE": "1"}, capture_output=True, text=True,
                         check=True).stdout
    assert list(tmp_path.glob("kiemtra-lint/regex-*.marshal"))
    assert outputs[0] == outputs[1] == off


def test_the_file_is_cut_back_to_the_patterns_in_use_when_it_grows_too_big(fresh_store, monkeypatch):
    restart(monkeypatch, limit=3)
    for p in ("a1", "a2", "a3"):
        patterns.compile_cached(p)
    save()
    restart(monkeypatch, limit=3)
    patterns.compile_cached("a1")  # read back
    patterns.compile_cached("b1")  # new: four in all, one more than the limit
    save()
    restart(monkeypatch)
    assert kept() == {"a1", "b1"}


def test_patterns_built_from_sets_are_the_same_in_every_process():
    """Whatever the string hashing seed: a pattern that differed from run to run would never be
    found in the cache, and would be added to it on every run."""
    probe = ("from kiemtra_lint.citations import _parser, _scanner\n"
             "from kiemtra_lint.engine import Context\n"
             "from kiemtra_lint.rules._consistency_data import group_list\n"
             "from kiemtra_lint.rules._consistency_variants import Variants\n"
             "print(_scanner().loose.pattern, _scanner().named_before.pattern, _parser().source_grammar)\n"
             "for name in ('variants', 'variants-iy'):\n"
             "    print(Variants(group_list(Context(), name.replace('-', '_') + '.csv', name))._pattern.pattern)\n")
    assert len(outputs_under_hash_seeds(probe)) == 1


def test_a_damaged_entry_is_compiled_afresh(fresh_store, monkeypatch):
    patterns._COMPILED._entries = {("z+", 0, int(regex.DEFAULT_VERSION)): b"\x00damaged"}
    assert patterns.compile_cached("z+").findall("azzb") == ["zz"]
    patterns._COMPILED._entries = {("z+", 0, int(regex.DEFAULT_VERSION)): __import__("marshal").dumps((1, [2]))}
    assert patterns.compile_cached("z+").findall("azzb") == ["zz"]  # readable, but not a compiled pattern


def test_a_regex_release_without_the_expected_internals_gets_plain_compiles(fresh_store, monkeypatch):
    monkeypatch.setattr(patterns, "_REGEX_CORE", "_core_renamed_by_a_later_release")
    compiled = patterns.compile_cached(r"z+(\d)", 0)
    assert [m.group(1) for m in compiled.finditer("zz1 z2")] == ["1", "2"]
    save()
    assert kept() == set()
