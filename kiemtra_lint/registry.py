"""Which rules exist: the built-in packs and third-party plug-ins, loaded once, and selection.

Above the core (it imports ``kiemtra_lint.rules``): the pipeline, the CLI and the reports ask
here; the rules themselves only register through :func:`kiemtra_lint.engine.rule`.
"""

from __future__ import annotations

import importlib
from typing import Iterable

from .config import Settings
from .engine import _REGISTRY, ENTRY_POINT_GROUP, Rule, register_rule
from .errors import InputError

_loaded = False


def _load_builtin_rules() -> None:
    from . import rules as pack

    for name in pack.RULE_MODULES:
        importlib.import_module(f"{pack.__name__}.{name}")


def _load_plugin_rules() -> None:
    """Import each entry point of :data:`ENTRY_POINT_GROUP`: a module (its ``@rule`` functions
    register themselves), a :class:`Rule`, or a list of them."""
    from importlib.metadata import entry_points

    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        loaded = ep.load()
        if isinstance(loaded, Rule):
            register_rule(loaded)
        elif isinstance(loaded, (list, tuple)):
            for item in loaded:
                if isinstance(item, Rule):
                    register_rule(item)


def all_rules() -> list[Rule]:
    """Every known rule, sorted by code."""
    global _loaded
    if not _loaded:
        _load_builtin_rules()
        _load_plugin_rules()
        _loaded = True
    return [_REGISTRY[c] for c in sorted(_REGISTRY)]


def get_rule(code: str) -> Rule | None:
    all_rules()
    return _REGISTRY.get(code.upper())


def _longest_prefix(code: str, prefixes: Iterable[str]) -> int:
    best = -1
    for p in prefixes:
        p = p.upper()
        if p == "ALL":
            best = max(best, 0)
        elif code.startswith(p):
            best = max(best, len(p))
    return best


def is_selected(code: str, select: Iterable[str] | None, ignore: Iterable[str] | None,
                default_enabled: bool = True) -> bool:
    """Ruff's rule: the most specific of --select and --ignore wins; ties go to ignore."""
    sel = _longest_prefix(code, select) if select else (0 if default_enabled else -1)
    ign = _longest_prefix(code, ignore or ())
    if sel < 0:
        return False
    return ign < sel


def select_rules(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None) -> list[Rule]:
    return [r for r in all_rules() if is_selected(r.code, select, ignore, r.default_enabled)]


def unknown_selectors(codes) -> list[str]:
    """The codes that name no known rule, neither in full nor as a prefix (ALL names all):
    ``--select KT999`` selecting nothing must be an error, as in Ruff, not a silent pass."""
    known = [r.code for r in all_rules()]
    return [c for c in codes if c != "ALL" and not any(k.startswith(c) for k in known)]


def settings_selectors(settings: Settings) -> list[str]:
    """Every code a Settings names: select, extend-select, ignore, severity, per-file-ignores."""
    codes = [*(settings.select or ()), *settings.extend_select, *settings.ignore, *settings.severity]
    for more in settings.per_file_ignores.values():
        codes.extend(more)
    return list(dict.fromkeys(codes))


def check_selectors(settings: Settings, where: str) -> None:
    """InputError naming ``where`` (a config file, or the command line) for unknown codes."""
    bad = unknown_selectors(settings_selectors(settings))
    if bad:
        listed = ", ".join(bad)
        raise InputError(f"{where}: không có quy tắc nào mang mã {listed}; xem danh sách bằng `kiemtra rules`",
                         f"{where}: no rule has the code {listed}; see the list with `kiemtra rules`")
