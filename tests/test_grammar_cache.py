"""Parser tables are cached in the user's private cache folder and reused."""

import os
import stat

from kiemtra_lint.grammar import grammar_text, lalr_parser


def test_tables_are_cached_privately_and_give_the_same_parses(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("KIEMTRA_NO_CACHE", raising=False)
    first = lalr_parser(grammar_text("heading"), lexer="contextual")
    folder = tmp_path / "kiemtra-lint"
    files = list(folder.iterdir())
    assert len(files) == 1 and files[0].name.startswith("grammar-")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    again = lalr_parser(grammar_text("heading"), lexer="contextual")
    assert list(folder.iterdir()) == files
    assert again.parse("1.2.") == first.parse("1.2.")


def test_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("KIEMTRA_NO_CACHE", "1")
    lalr_parser(grammar_text("heading"), lexer="contextual")
    assert not (tmp_path / "kiemtra-lint").exists()


def test_a_folder_owned_by_someone_else_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("KIEMTRA_NO_CACHE", raising=False)
    monkeypatch.setattr(os, "getuid", lambda: 12345)
    lalr_parser(grammar_text("heading"), lexer="contextual")
    assert list((tmp_path / "kiemtra-lint").iterdir()) == []
