"""Rule registry and runner.

A rule is a function ``check(doc, ctx) -> Iterable[Finding]`` registered with
the :func:`rule` decorator, which carries its code, name, family, default
severity, one-line summaries and an explanation with a bad and a good example.
Built-in rules live in the ``kiemtra_lint.rules`` package (the top-level
``rules/`` folder); third-party packs register modules or Rule objects in the
entry point group ``kiemtra_lint.rules``.
"""

from __future__ import annotations

import gc
import importlib
import os
import pkgutil
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .document import Document
from .files import changed_lately, private_cache_dir, save_private_caches, write_atomic
from .findings import FAMILIES, SEVERITIES, Finding

ENTRY_POINT_GROUP = "kiemtra_lint.rules"

CheckFn = Callable[[Document, "Context"], Iterable[Finding]]


@dataclass
class Rule:
    code: str
    name: str
    family: str
    severity: str
    summary_vi: str
    summary_en: str
    explanation_vi: str
    explanation_en: str
    bad: str
    good: str
    check: CheckFn
    default_enabled: bool = True

    def summary(self, lang: str) -> str:
        return self.summary_en if lang == "en" else self.summary_vi

    def explanation(self, lang: str) -> str:
        return self.explanation_en if lang == "en" else self.explanation_vi


_REGISTRY: dict[str, Rule] = {}
_LOADED = False


def rule(code: str, name: str, family: str, severity: str, *, summary_vi: str, summary_en: str,
         explanation_vi: str, explanation_en: str, bad: str, good: str,
         default_enabled: bool = True) -> Callable[[CheckFn], CheckFn]:
    """Register ``check`` as the rule ``code``."""
    if family not in FAMILIES:
        raise ValueError(f"{code}: unknown family {family!r}")
    if severity not in SEVERITIES:
        raise ValueError(f"{code}: unknown severity {severity!r}")

    def register(check: CheckFn) -> CheckFn:
        register_rule(Rule(code, name, family, severity, summary_vi, summary_en, explanation_vi,
                           explanation_en, bad, good, check, default_enabled))
        return check

    return register


def register_rule(r: Rule) -> None:
    existing = _REGISTRY.get(r.code)
    if existing is not None and existing.check is not r.check:
        raise ValueError(f"rule code {r.code} registered twice ({existing.name}, {r.name})")
    _REGISTRY[r.code] = r


def _load_builtin_rules() -> None:
    from . import rules as pack

    for info in sorted(pkgutil.iter_modules(pack.__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{pack.__name__}.{info.name}")


def _load_plugin_rules() -> None:
    for _name, value in plugin_entry_points():
        loaded = _load_entry_point(value)  # importing a module registers its @rule functions
        if isinstance(loaded, Rule):
            register_rule(loaded)
        elif isinstance(loaded, (list, tuple)):
            for item in loaded:
                if isinstance(item, Rule):
                    register_rule(item)


def _load_entry_point(value: str):
    """What ``importlib.metadata.EntryPoint(value=value).load()`` returns: "module" or "module:attr.attr"."""
    import re
    from functools import reduce

    match = re.match(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$", value)
    module = importlib.import_module(match.group("module"))
    return reduce(getattr, filter(None, (match.group("attr") or "").split(".")), module)


PLUGIN_CACHE_VERSION = 2


def plugin_entry_points() -> list[tuple[str, str]]:
    """(name, value) of each entry point in :data:`ENTRY_POINT_GROUP`, sorted by name.

    Asking importlib.metadata costs about 20 ms a run (its import pulls in the email package;
    the scan reads every installed distribution), so the answer is kept in the user's private
    cache folder, valid while sys.path is the same and each of its folders either has the same
    modification time or holds the same distribution folders (``.dist-info``, ``.egg-info``)
    with the same times: installing or removing a distribution adds or removes one of them.
    KIEMTRA_NO_CACHE=1 turns the cache off.
    """
    folder = private_cache_dir()
    paths = _sys_path_times()
    cache = folder / f"plugins-{_path_digest(paths)}.json" if folder is not None else None
    found = _read_plugin_cache(cache, paths) if cache is not None else None
    if found is None:
        listing = _listing(paths)  # before the scan: a change during it shows next time
        found = _scan_entry_points()
        if cache is not None and _settled(listing):
            _write_plugin_cache(cache, listing, found)
    return found


def _scan_entry_points() -> list[tuple[str, str]]:
    from importlib.metadata import entry_points

    return [(ep.name, ep.value) for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)]


def _sys_path_times() -> list[list]:
    """Each sys.path entry (as importlib.metadata reads it) with its modification time, or None."""
    times = []
    for entry in sys.path:
        path = os.path.abspath(entry or ".")
        try:
            times.append([path, os.stat(path).st_mtime_ns])
        except (OSError, ValueError):
            times.append([path, None])
    return times


def _distributions_in(path: str) -> list[list] | None:
    """The distribution folders importlib.metadata would read in folder ``path``, with their
    modification times; None when ``path`` is not a folder (a zip file, nothing)."""
    try:
        with os.scandir(path) as entries:
            return sorted([e.name, e.stat().st_mtime_ns] for e in entries
                          if e.name.lower().endswith(("dist-info", "egg-info")))
    except (OSError, ValueError):
        return None


def _path_digest(paths: list[list]) -> str:
    """A short name for the list of paths (one cache file per interpreter and working folder)."""
    import zlib

    return format(zlib.crc32("\0".join(path for path, _ in paths).encode("utf-8", "surrogateescape")), "08x")


def _listing(paths: list[list]) -> list[list]:
    """[path, time, distributions] for each entry of ``paths``.  The time of a folder changed so
    lately that a change right after this could keep it (a busy working folder) is left out
    (None): its distributions are then compared on every run."""
    return [[path, None if changed_lately(mtime) and os.path.isdir(path) else mtime, _distributions_in(path)]
            for path, mtime in paths]


def _settled(listing: list[list]) -> bool:
    """False when a distribution folder (or a zip file on sys.path) changed so lately that a
    change right after the scan could keep its time: the answer is then not kept."""
    times = [t for _, then, dists in listing for t in ([then] if dists is None else [t for _, t in dists])]
    return not any(changed_lately(t) for t in times)


def _still_valid(listing: list[list], paths: list[list]) -> bool:
    """Whether the folders of ``paths`` hold what they held when ``listing`` was taken."""
    if [path for path, _, _ in listing] != [path for path, _ in paths]:
        return False
    return all(mtime == then or (dists is not None and _distributions_in(path) == dists)
               for (path, mtime), (_, then, dists) in zip(paths, listing))


def _read_plugin_cache(cache: Path, paths: list[list]) -> list[tuple[str, str]] | None:
    import json

    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data["version"] != PLUGIN_CACHE_VERSION or not _still_valid(data["paths"], paths):
            return None
        return [(str(name), str(value)) for name, value in data["entry_points"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_plugin_cache(cache: Path, listing: list[list], found: list[tuple[str, str]]) -> None:
    import json

    data = {"version": PLUGIN_CACHE_VERSION, "paths": listing, "entry_points": [list(ep) for ep in found]}
    try:
        write_atomic(cache, json.dumps(data))
    except OSError:
        pass


def all_rules() -> list[Rule]:
    """Every known rule, sorted by code."""
    global _LOADED
    if not _LOADED:
        _load_builtin_rules()
        _load_plugin_rules()
        _LOADED = True
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


@dataclass
class Context:
    """What a rule may know besides the document: settings and a shared cache."""

    lang: str = "vi"
    profile: str | None = None
    report_date: object | None = None  # datetime.date, when given
    options: dict = field(default_factory=dict)  # free-form settings from config
    cache: dict = field(default_factory=dict)  # shared per-document computations

    def memo(self, key: str, compute: Callable[[], object]):
        """Compute once per document what several rules need (sentences, numbers...)."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]


class RuleCrash(Exception):
    pass


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector; reference counting still frees nearly everything.

    Reading a draft and running the rules allocate hundreds of thousands of small objects
    that live to the end of the file: the collector's passes over them find nothing to free
    and cost about a tenth of a check.  Nested and repeated use is safe; the collector is
    switched back on only if it was on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Rough cost of each family on a large draft (ms at 200 pages, ``kiemtra check --timings``), used
# only to share the families between two processes; a plug-in family counts as a middling one.
FAMILY_COST = {"duplicates": 200, "figures": 200, "citations": 160, "structure": 92, "consistency": 92,
               "input": 1}
# Below a few paragraphs a fork saves nothing; from two pages on it saves 40 ms (the families'
# first-use loading runs in parallel too), at 200 pages 300 ms.
SPLIT_MIN_CHARS = 2_000


def run_rules(doc: Document, rules: list[Rule], ctx: Context,
              severity_overrides: dict[str, str] | None = None,
              timings: dict[str, float] | None = None, workers: int = 1) -> list[Finding]:
    """Run ``rules`` over ``doc``; return findings sorted by place.

    A rule that raises is reported as a KT009 finding instead of stopping the
    file (set KIEMTRA_STRICT=1, as the tests do, to let the exception through).
    With ``workers`` >= 2 on a draft of more than a few paragraphs, about half of the
    families run in a forked child (:mod:`kiemtra_lint.forked`); the findings are the same
    either way.
    """
    strict = os.environ.get("KIEMTRA_STRICT") == "1"
    overrides = severity_overrides or {}
    with gc_paused():
        if workers >= 2 and _worth_splitting(doc):
            out = _run_split(doc, rules, ctx, overrides, timings, strict)
        else:
            out = _run_each(doc, rules, ctx, overrides, timings, strict)
    out.sort(key=Finding.sort_key)
    return out


def _worth_splitting(doc: Document) -> bool:
    from .forked import can_fork

    threshold = int(os.environ.get("KIEMTRA_SPLIT_MIN_CHARS", SPLIT_MIN_CHARS))
    return can_fork() and sum(len(b.text) for b in doc.blocks) >= threshold


def split_by_family(rules: list[Rule]) -> tuple[list[Rule], list[Rule]]:
    """Two groups of whole families (a family's rules share their ``ctx.memo`` work), the
    costlier first, balanced greedily by :data:`FAMILY_COST`."""
    families: dict[str, list[Rule]] = {}
    for r in rules:
        families.setdefault(r.family, []).append(r)
    groups: tuple[list[Rule], list[Rule]] = ([], [])
    loads = [0, 0]
    for family in sorted(families, key=lambda f: (-FAMILY_COST.get(f, 150), f)):
        lighter = 0 if loads[0] <= loads[1] else 1
        groups[lighter].extend(families[family])
        loads[lighter] += FAMILY_COST.get(family, 150)
    heavy, light = groups if loads[0] >= loads[1] else groups[::-1]
    return heavy, light


def _run_split(doc, rules, ctx, overrides, timings, strict) -> list[Finding]:
    """The costlier half in a forked child, the other half here; the parent still has the
    report to build afterwards."""
    from .forked import ChildCrash, run_beside

    in_child, here = split_by_family(rules)
    child_timings: dict[str, float] | None = {} if timings is not None else None

    def child_work():
        found = _run_each(doc, in_child, ctx, overrides, child_timings, strict)
        save_private_caches()  # the child's first compiles (its families' data patterns) are kept too
        return found, child_timings

    try:
        (theirs, their_timings), ours = run_beside(child_work, lambda: _run_each(doc, here, ctx, overrides,
                                                                                   timings, strict))
    except ChildCrash as exc:  # only in strict mode: a rule raised in the child
        raise RuntimeError(f"a rule crashed in the forked child:\n{exc}") from None
    if timings is not None and their_timings:
        for family, seconds in their_timings.items():
            timings[family] = timings.get(family, 0.0) + seconds
    return ours + theirs


def _run_each(doc, rules, ctx, overrides, timings, strict) -> list[Finding]:
    import time

    out: list[Finding] = []
    for r in rules:
        t0 = time.perf_counter()
        try:
            produced = list(r.check(doc, ctx))
        except Exception as exc:  # noqa: BLE001 - isolate one broken rule
            if strict:
                raise
            from .findings import finding

            produced = [finding("KT009", f"Quy tắc {r.code} gặp lỗi nội bộ và đã bị bỏ qua: {exc!r}",
                                f"Rule {r.code} crashed and was skipped: {exc!r}", None)]
        if timings is not None:
            timings[r.family] = timings.get(r.family, 0.0) + time.perf_counter() - t0
        for f in produced:
            owner = r if f.rule == r.code else (get_rule(f.rule) or r)
            f.name = f.name or owner.name
            f.family = f.family or owner.family
            f.severity = overrides.get(f.rule) or f.severity or owner.severity
            out.append(f)
    return out
