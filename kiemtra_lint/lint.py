"""The per-file pipeline: read, build the outline, run the selected rules."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .document import Document
from .engine import Context, run_rules
from .registry import select_rules
from .errors import InputError
from .files import display_path
from .findings import Finding, Msg
from .rules.structure.profiles import apply_profile
from .report.locate import place


@dataclass
class FileResult:
    path: str
    findings: list = field(default_factory=list)  # Finding; BriefFinding in a brief
    error: Msg | None = None  # the file could not be read
    error_code: str | None = None  # KT001 / KT002 for an unreadable file
    profile: str | None = None
    profile_reason: Msg | None = None
    document: Document | None = None  # kept only when asked (annotate)
    timings: dict[str, float] = field(default_factory=dict)
    tree: dict | None = None  # the section tree (report.tree.tree_json), when asked (html)

    def brief(self) -> "FileResult":
        """What a folder run keeps of this file once its report is written: the path, error,
        profile and timings, and of each finding only its rule, name, family and severity (what
        the closing tables, --statistics and the exit code read).  Not its places: they hold
        the texts of the blocks, and kept for every draft they made a folder run grow with it."""
        return FileResult(self.path, [BriefFinding(f.rule, f.name, f.family, f.severity) for f in self.findings],
                          self.error, self.error_code, self.profile, self.profile_reason, timings=self.timings)


@dataclass(slots=True, frozen=True)
class BriefFinding:
    """A finding of which the report has been written (see FileResult.brief)."""

    rule: str
    name: str
    family: str
    severity: str | None


def lint_file(path: str, settings: Settings, keep_document: bool = False, timed: bool = False,
              with_tree: bool = False) -> FileResult:
    """Check one file; never raises for a bad file (the error goes into the result)."""
    from .readers import read_document

    result = FileResult(path=display_path(path))
    t0 = time.process_time()
    try:
        doc = read_document(path)
    except InputError as exc:
        result.error = Msg(exc.message_vi, exc.message_en)
        result.error_code = exc.code
        return result
    except (MemoryError, RecursionError) as exc:
        name = display_path(Path(path).name)
        result.error = Msg(f"{name}: không đọc được: tệp quá lớn hoặc lồng nhau quá sâu ({type(exc).__name__})",
                           f"{name}: cannot read: the file is too large or too deeply nested ({type(exc).__name__})")
        result.error_code = "KT001"
        return result
    if timed:
        result.timings["read"] = time.process_time() - t0
    ctx = Context(lang=settings.lang, profile=settings.profile, report_date=settings.report_date,
                  options={"data": settings.data, **settings.options})
    try:
        apply_profile(doc, ctx)  # before the rules, so the report names the profile even without KT102
    except InputError as exc:  # an unknown --profile, or a broken profile file
        result.error, result.error_code = Msg(exc.message_vi, exc.message_en), exc.code
        return result
    rules = select_rules(settings.select and settings.select + settings.extend_select,
                         settings.ignores_for(path))
    if doc.legacy_encoding:
        rules = [r for r in rules if r.family == "input"]
    result.findings = run_rules(doc, rules, ctx, settings.severity, result.timings if timed else None)
    if doc.comments:
        result.findings = _suppress(doc, result.findings, rules, settings)
    text_source = doc.format in ("md", "txt")
    for f in result.findings:
        f.place = place(doc, f.span, text_source) if f.span is not None else None
        f.related_places = [place(doc, r, text_source) for r in f.related]
    result.profile = ctx.cache.get("profile")
    result.profile_reason = ctx.cache.get("profile_reason")
    if keep_document:
        result.document = doc
    if with_tree:
        from .report.tree import tree_json

        result.tree = tree_json(doc)
    return result


def _suppress(doc: Document, findings: list[Finding], rules, settings: Settings) -> list[Finding]:
    """Drop the findings silenced by "kiemtra: bỏ qua" comments; add KT010 for unused ones."""
    from . import suppress
    from .registry import all_rules, get_rule

    checked = {r.code for r in rules}
    unused = get_rule(suppress.UNUSED)
    severity = settings.severity.get(suppress.UNUSED) or (unused.severity if unused else "info")
    return suppress.apply(doc, findings, checked, {r.code for r in all_rules()},
                          report_unused=suppress.UNUSED in checked, severity=severity)
