"""SARIF 2.1.0 output (``--format sarif``), for code-scanning tools and editors.

One run; the rules that fired are described in ``tool.driver.rules``; each result
points at its file.  In a .md/.txt file the region is exact (lines and columns,
counted in code points: ``columnKind`` "unicodeCodePoints").  A .docx has no lines:
its results carry ``startLine`` 1 (GitHub code scanning needs a line to show an
alert) with the flagged words as the region's snippet, the section path as a
logical location, and the linter's own location record (block, offsets) in the
result's properties; the message names the section and quotes the words.
Unreadable files become tool execution notifications (KT001/KT002).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..lint import FileResult
from .fix_words import for_finding
from .locate import section_display

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FRONT = {"vi": "phần đầu văn bản", "en": "front matter"}


def artifact_uri(path: str) -> str:
    """A URI reference for ``path``: relative paths stay relative (as GitHub expects)."""
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(p.as_posix(), safe="/")


def _rule_record(rule, lang: str, docs_base: str | None = None) -> dict:
    """The rule's descriptor: ``help`` carries its whole page (Markdown, shown by GitHub code
    scanning and editors even offline) and ``helpUri`` the page's address when it has one."""
    from .rules import doc_url, page

    text = (f"{rule.explanation(lang)}\n\n{'Sai' if lang == 'vi' else 'Bad'}: {rule.bad}\n"
            f"{'Đúng' if lang == 'vi' else 'Good'}: {rule.good}")
    record = {"id": rule.code, "name": rule.name,
              "shortDescription": {"text": rule.summary(lang)},
              "fullDescription": {"text": rule.explanation(lang)},
              "help": {"text": text, "markdown": page(rule)},
              "defaultConfiguration": {"level": LEVEL[rule.severity]},
              "properties": {"family": rule.family, "tags": [rule.family]}}
    url = doc_url(rule.code, docs_base)
    if url:
        record["helpUri"] = url
    return record


def _region(place: dict, docx: bool) -> dict:
    source = place.get("source")
    if not docx and source:
        return dict(source, snippet={"text": place["excerpt"]})
    return {"startLine": 1, "snippet": {"text": place["excerpt"]}}


def _physical(path: str, place: dict | None) -> dict:
    loc: dict = {"artifactLocation": {"uri": artifact_uri(path)}}
    if place is not None:
        loc["region"] = _region(place, not place.get("source"))
    return loc


def _fixes(f, path: str, lang: str) -> list[dict]:
    """The finding's certain fix as a SARIF fix, for a .md/.txt line whose flagged words are
    written as they read (no Markdown marks inside them), so that columns map one to one;
    a .docx's fix is written by ``kiemtra fix`` as a tracked change instead."""
    place, fix = f.place, f.fix
    source = place.get("source") if place else None
    if fix is None or not source:
        return []
    loc = place["location"]
    one_to_one = (source["startLine"] == source["endLine"]
                  and source["endColumn"] - source["startColumn"] == loc["end"] - loc["start"])
    if not one_to_one or not loc["start"] <= fix.start <= fix.end <= loc["end"]:
        return []
    first = source["startColumn"] - loc["start"]
    deleted = {"startLine": source["startLine"], "startColumn": first + fix.start,
               "endLine": source["startLine"], "endColumn": first + fix.end}
    return [{"description": {"text": for_finding(f, lang)},
             "artifactChanges": [{"artifactLocation": {"uri": artifact_uri(path)},
                                  "replacements": [{"deletedRegion": deleted,
                                                    "insertedContent": {"text": fix.replacement}}]}]}]


def _where(place: dict, lang: str) -> str:
    return section_display(place["location"]["section"]) or FRONT[lang]


def _fingerprint(rule: str, place: dict | None, seen: dict) -> str:
    """Stable across edits elsewhere in the draft: the rule, the section and the words."""
    key = "\x1f".join([rule, *(place["location"]["section"] if place else ()), place["excerpt"] if place else ""])
    seen[key] = seen.get(key, 0) + 1
    return hashlib.sha256(f"{key}\x1f{seen[key]}".encode("utf-8")).hexdigest()[:32]


def render(results: list[FileResult], lang: str = "vi") -> str:
    from ..registry import get_rule
    from .rules import docs_base_url

    docs_base = docs_base_url()

    findings = [(r, f) for r in results for f in r.findings]
    rules = [rule for rule in (get_rule(c) for c in sorted({f.rule for _, f in findings})) if rule is not None]
    index = {rule.code: i for i, rule in enumerate(rules)}
    out_results = []
    seen_in: dict[str, dict] = {}
    for r, f in findings:
        seen = seen_in.setdefault(r.path, {})
        place = f.place
        text = f.message.get(lang)
        if place is not None and place.get("source") is None:
            text = f"[{_where(place, lang)}] {text}: «{place['excerpt']}»"
        result: dict = {"ruleId": f.rule, "level": LEVEL[f.severity], "message": {"text": text},
                        "locations": [{"physicalLocation": _physical(r.path, place)}]}
        if f.rule in index:
            result["ruleIndex"] = index[f.rule]
        if place is not None and place["location"]["section"]:
            result["locations"][0]["logicalLocations"] = [{
                "name": place["location"]["section"][-1],
                "fullyQualifiedName": section_display(place["location"]["section"]), "kind": "section"}]
        related = []
        for i, rp in enumerate(f.related_places, start=1):
            related.append({"id": i, "physicalLocation": _physical(r.path, rp),
                            "message": {"text": f"{_where(rp, lang)}: «{rp['excerpt']}»"}})
        if related:
            result["relatedLocations"] = related
        fixes = _fixes(f, r.path, lang)
        if fixes:
            result["fixes"] = fixes
        result["partialFingerprints"] = {"kiemtraPlace/v1": _fingerprint(f.rule, place, seen)}
        props: dict = {"family": f.family}
        if place is not None:
            props["location"] = place["location"]
            props["excerpt"] = place["excerpt"]
        result["properties"] = props
        out_results.append(result)
    notifications = [{"level": "error", "message": {"text": r.error.get(lang)},
                      "descriptor": {"id": r.error_code or "KT001"},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(r.path)}}}]}
                     for r in results if r.error is not None]
    run = {
        "tool": {"driver": {"name": "kiemtra-lint", "version": __version__, "semanticVersion": __version__,
                            "rules": [_rule_record(rule, lang, docs_base) for rule in rules]}},
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications}],
        "columnKind": "unicodeCodePoints",
        "results": out_results,
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
