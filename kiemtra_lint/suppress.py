"""Suppressions written in the draft itself, and KT010 for the ones that silence nothing.

A Word comment whose text starts with ``kiemtra: bỏ qua KT201`` (also ``kiemtra: ignore
KT201``, ``kiemtra: bo qua``, ``kiemtra: noqa``) silences the findings of those codes
(or code prefixes: ``KT2``) whose span overlaps the text the comment is anchored to;
without codes it silences every code there.  In .md/.txt an HTML comment
``<!-- kiemtra: bỏ qua KT201 -->`` does the same for the block it stands in or before.
A finding about the whole file (no span) is silenced by a comment naming its code
anywhere in the document.  Text after the codes is a free reason:
``kiemtra: bỏ qua KT201 — số liệu đã được Ban Tổ chức xác nhận``.

Like Ruff's RUF100, a suppression that silenced nothing is reported (KT010, info),
code by code, but only for codes that were checked in this run: a comment for a code
left out by --select/--ignore is not called unused.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .document import Comment, Document
from .findings import Finding, Span, finding
from .text import nfc

_DIRECTIVE = regex.compile(r"^\s*kiemtra\s*:\s*(?:bỏ\s+qua|bo\s+qua|ignore|noqa)(?![\p{L}\p{N}])[\s:]*(?P<rest>.*)$",
                            regex.I | regex.S)
_CODE = regex.compile(r"^KT\d{1,3}$", regex.I)
UNUSED = "KT010"


@dataclass
class Suppression:
    comment: Comment
    codes: tuple[str, ...]  # () = every code
    used: set[str] = field(default_factory=set)  # the codes that silenced something ("" for a bare one)


def parse(text: str) -> tuple[str, ...] | None:
    """The codes a comment's text suppresses: () for all, None when it is not a suppression."""
    m = _DIRECTIVE.match(nfc(text))
    if m is None:
        return None
    codes: list[str] = []
    for token in regex.split(r"[\s,;]+", m.group("rest").strip()):
        if not _CODE.match(token):
            break
        codes.append(token.upper())
    return tuple(dict.fromkeys(codes))


def suppressions(doc: Document) -> list[Suppression]:
    out = []
    for c in doc.comments:
        codes = parse(c.text)
        if codes is not None:
            out.append(Suppression(c, codes))
    return out


def _overlaps(c: Comment, s: Span) -> bool:
    if s.start < c.end and c.start < s.end:
        return True
    # a point (an empty finding or a comment anchored on no text) touches its neighbours
    return (s.start == s.end or c.start == c.end) and s.start <= c.end and c.start <= s.end


def _matching(rule: str, codes: tuple[str, ...]) -> list[str]:
    if not codes:
        return [""]
    return [code for code in codes if rule.startswith(code)]


def apply(doc: Document, findings: list[Finding], checked: set[str], known: set[str],
          report_unused: bool, severity: str = "info") -> list[Finding]:
    """``findings`` less the suppressed ones, plus KT010 for unused suppressions.

    ``checked``: the codes of the rules that ran; ``known``: every registered code;
    ``report_unused``: KT010 is selected; ``severity``: its (configured) severity.
    """
    sups = suppressions(doc)
    if not sups:
        return findings
    by_block: dict[int, list[Suppression]] = {}
    for s in sups:
        if s.comment.block is not None:
            by_block.setdefault(s.comment.block, []).append(s)
    kept: list[Finding] = []
    for f in findings:
        if f.rule == UNUSED:
            kept.append(f)
            continue
        silenced = False
        if f.span is None:
            candidates = [s for s in sups if s.codes]
        else:
            candidates = [s for s in by_block.get(f.span.block, ()) if _overlaps(s.comment, f.span)]
        for s in candidates:
            hits = _matching(f.rule, s.codes)
            if hits:
                s.used.update(hits)
                silenced = True
        if not silenced:
            kept.append(f)
    if report_unused:
        extra = [u for s in sups for u in _unused(s, checked, known)]
        if extra:
            for f in extra:
                f.name, f.family, f.severity = "unused-suppression", "input", severity
            kept.extend(extra)
            kept.sort(key=Finding.sort_key)
    return kept


def _unused(s: Suppression, checked: set[str], known: set[str]) -> list[Finding]:
    c = s.comment
    span = Span(c.block, c.start, c.end) if c.block is not None else None
    quoted = " ".join(c.text.split())
    quoted = quoted if len(quoted) <= 80 else quoted[:79] + "…"
    if not s.codes:
        if s.used:
            return []
        return [finding(UNUSED, f"Chú thích “{quoted}” không bỏ qua phát hiện nào; hãy xóa nó",
                        f"The comment “{quoted}” silences nothing; remove it", span)]
    unknown = [code for code in s.codes if not any(k.startswith(code) for k in known)]
    unused = [code for code in s.codes if code not in s.used and code not in unknown
              and any(k.startswith(code) for k in checked)]
    out = []
    if unknown:
        codes = ", ".join(unknown)
        out.append(finding(UNUSED, f"Chú thích “{quoted}” nêu mã không có: {codes}",
                           f"The comment “{quoted}” names unknown codes: {codes}", span))
    if unused:
        codes = ", ".join(unused)
        out.append(finding(UNUSED, f"Chú thích “{quoted}” không bỏ qua phát hiện nào của {codes}; hãy bỏ "
                                   f"{'mã này' if len(unused) == 1 else 'các mã này'}",
                           f"The comment “{quoted}” silences no {codes} finding; remove "
                           f"{'that code' if len(unused) == 1 else 'those codes'}", span))
    return out
