"""Lark grammars shipped with kiemtra-lint (importable as kiemtra_lint.grammar)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def grammar_text(name: str) -> str:
    """The text of ``name``.lark from this package."""
    return Path(__file__).with_name(f"{name}.lark").read_text(encoding="utf-8")


def lalr_parser(text: str, **options):
    """A Lark LALR parser for grammar ``text``, its tables cached between runs.

    Building the three grammars' tables takes a noticeable part of a second, paid on every
    run of a pre-commit hook; Lark's own ``cache=`` loads a saved copy instead.  The cache lives in
    the user's own cache folder (``$XDG_CACHE_HOME/kiemtra-lint``, private to the
    user), never in a shared temp folder: Lark stores it as a pickle, which must not
    come from a place another user could write.  Lark checks the grammar, options and
    its own version against the cached copy; see :func:`kiemtra_lint.files.private_cache_dir`
    for when the folder is trusted; set KIEMTRA_NO_CACHE=1 to turn it off.
    """
    from lark import Lark

    cache = _cache_file(text, options)
    if cache is not None:
        options["cache"] = str(cache)
    return Lark(text, parser="lalr", **options)


def _cache_file(text: str, options: dict) -> Path | None:
    from ..files import private_cache_dir

    base = private_cache_dir()
    if base is None:
        return None
    digest = hashlib.sha256((text + repr(sorted(options.items()))).encode("utf-8")).hexdigest()[:24]
    return base / f"grammar-{digest}.lark"
