"""Lark grammars shipped with kiemtra-lint (importable as kiemtra_lint.grammar)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def grammar_text(name: str) -> str:
    """The text of ``name``.lark from this package."""
    return resources.files(__name__).joinpath(f"{name}.lark").read_text(encoding="utf-8")
