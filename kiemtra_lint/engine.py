"""Rule registry and runner.

A rule is a function ``check(doc, ctx) -> Iterable[Finding]`` registered with
the :func:`rule` decorator, which carries its code, name, family, default
severity, one-line summaries and an explanation with a bad and a good example.
The engine is part of the core: it knows no rule.  :mod:`kiemtra_lint.registry`
loads the built-in rules (``kiemtra_lint.rules``, the top-level ``rules/`` folder)
and third-party packs (entry point group ``kiemtra_lint.rules``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .document import Document
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


def registered(code: str) -> Rule | None:
    """The rule registered under ``code`` so far (the registry module loads them all)."""
    return _REGISTRY.get(code.upper())


def register_rule(r: Rule) -> None:
    existing = _REGISTRY.get(r.code)
    if existing is not None and existing.check is not r.check:
        raise ValueError(f"rule code {r.code} registered twice ({existing.name}, {r.name})")
    _REGISTRY[r.code] = r


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


def run_rules(doc: Document, rules: list[Rule], ctx: Context,
              severity_overrides: dict[str, str] | None = None,
              timings: dict[str, float] | None = None) -> list[Finding]:
    """Run ``rules`` over ``doc``; return findings sorted by place.

    A rule that raises is reported as a KT009 finding instead of stopping the
    file (set KIEMTRA_STRICT=1, as the tests do, to let the exception through).
    """
    strict = os.environ.get("KIEMTRA_STRICT") == "1"
    out = _run_each(doc, rules, ctx, severity_overrides or {}, timings, strict)
    out.sort(key=Finding.sort_key)
    return out


def _run_each(doc, rules, ctx, overrides, timings, strict) -> list[Finding]:
    import time

    out: list[Finding] = []
    for r in rules:
        t0 = time.process_time()
        try:
            produced = list(r.check(doc, ctx))
        except Exception as exc:  # noqa: BLE001 - isolate one broken rule
            if strict:
                raise
            from .findings import finding

            produced = [finding("KT009", f"Quy tắc {r.code} gặp lỗi nội bộ và đã bị bỏ qua: {exc!r}",
                                f"Rule {r.code} crashed and was skipped: {exc!r}", None)]
        if timings is not None:
            timings[r.family] = timings.get(r.family, 0.0) + time.process_time() - t0
        for f in produced:
            owner = r if f.rule == r.code else (registered(f.rule) or r)
            f.name = f.name or owner.name
            f.family = f.family or owner.family
            f.severity = overrides.get(f.rule) or f.severity or owner.severity
            out.append(f)
    return out
