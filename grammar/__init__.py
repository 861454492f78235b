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

    Building the three grammars' tables costs about 0.17 s, paid on every run of a
    pre-commit hook; a cached copy loads in a few milliseconds.  The cache lives in
    the user's own cache folder (``$XDG_CACHE_HOME/kiemtra-lint``, private to the
    user), never in a shared temp folder: Lark stores it as a pickle, which must not
    come from a place another user could write.  Lark checks the grammar, options and
    its own version against the cached copy; set KIEMTRA_NO_CACHE=1 to turn it off.
    """
    from lark import Lark

    cache = _cache_file(text, options)
    if cache is not None:
        options["cache"] = str(cache)
    parser = Lark(text, parser="lalr", **options)
    _lex_with_cached_patterns(parser)
    return parser


class _CachedRegex:
    """The regex module as Lark's lexers use it, compiling through
    :func:`kiemtra_lint.patterns.compile_cached`: a contextual lexer builds one union of
    terminals per parser state on first use, about 20 ms of regex compiles on a draft's first
    citations, kept between runs this way."""

    def __getattr__(self, name):
        import regex

        return getattr(regex, name)

    @staticmethod
    def compile(pattern, flags=0):
        from ..patterns import compile_cached

        return compile_cached(pattern, flags)

    @staticmethod
    def match(pattern, string, flags=0):
        return _CachedRegex.compile(pattern, flags).match(string)


def _lex_with_cached_patterns(parser) -> None:
    """Point the parser's lexers that use the regex module at :class:`_CachedRegex` (a Lark
    without those attributes is left as it is)."""
    import sys

    regex = sys.modules.get("regex")
    lexer = getattr(getattr(parser, "parser", None), "lexer", None)
    lexers = [*getattr(lexer, "lexers", {}).values(), getattr(lexer, "root_lexer", None), lexer]
    for each in lexers:
        if regex is not None and getattr(each, "re", None) is regex:
            each.re = _CachedRegex()


def _cache_file(text: str, options: dict) -> Path | None:
    from ..files import private_cache_dir

    base = private_cache_dir()
    if base is None:
        return None
    digest = hashlib.sha256((text + repr(sorted(options.items()))).encode("utf-8")).hexdigest()[:24]
    return base / f"grammar-{digest}.lark"
