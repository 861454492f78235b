"""The per-file pipeline: read, build the outline, run the selected rules."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .document import Document
from .engine import Context, run_rules, select_rules
from .errors import InputError
from .findings import Finding, Msg
from .report.locate import place


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: Msg | None = None  # the file could not be read
    profile: str | None = None
    profile_reason: Msg | None = None
    document: Document | None = None  # kept only when asked (tree, annotate, html)
    timings: dict[str, float] = field(default_factory=dict)


def lint_file(path: str, settings: Settings, keep_document: bool = False, timed: bool = False) -> FileResult:
    """Check one file; never raises for a bad file (the error goes into the result)."""
    from .readers import read_document

    result = FileResult(path=path)
    t0 = time.perf_counter()
    try:
        doc = read_document(path)
    except InputError as exc:
        result.error = Msg(exc.message_vi, exc.message_en)
        return result
    except (MemoryError, RecursionError) as exc:
        name = Path(path).name
        result.error = Msg(f"{name}: không đọc được: tệp quá lớn hoặc lồng nhau quá sâu ({type(exc).__name__})",
                           f"{name}: cannot read: the file is too large or too deeply nested ({type(exc).__name__})")
        return result
    if timed:
        result.timings["read"] = time.perf_counter() - t0
    ctx = Context(lang=settings.lang, profile=settings.profile, report_date=settings.report_date,
                  options={"data": settings.data, **settings.options})
    rules = select_rules(settings.select and settings.select + settings.extend_select, settings.ignores_for(path))
    if doc.legacy_encoding:
        rules = [r for r in rules if r.family == "input"]
    result.findings = run_rules(doc, rules, ctx, settings.severity, result.timings if timed else None)
    for f in result.findings:
        f.place = place(doc, f.span) if f.span is not None else None
        f.related_places = [place(doc, r) for r in f.related]
    result.profile = ctx.cache.get("profile")
    result.profile_reason = ctx.cache.get("profile_reason")
    if keep_document:
        result.document = doc
    return result
