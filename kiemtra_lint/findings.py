"""Findings: what a rule says about a place in a document."""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}
FAMILIES = ("input", "structure", "figures", "citations", "duplicates", "consistency")


@dataclass(slots=True, frozen=True)
class Msg:
    """A message in Vietnamese (default) and English."""

    vi: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


@dataclass(slots=True, frozen=True)
class Span:
    """A span of one block's text: ``doc.blocks[block].text[start:end]``."""

    block: int
    start: int
    end: int


@dataclass(slots=True, frozen=True)
class Fix:
    """A certain correction, in the finding's own block: ``text[start:end]`` becomes
    ``replacement`` ("" deletes, start == end inserts).  A rule proposes one only where no
    reviewer would choose otherwise (a doubled word, an invisible character, an NFD letter);
    ``kiemtra fix`` writes it as a Word tracked change, the JSON carries it."""

    start: int
    end: int
    replacement: str


@dataclass(slots=True)
class Finding:
    rule: str
    message: Msg
    span: Span | None  # None: about the whole file
    related: list[Span] = field(default_factory=list)
    severity: str | None = None  # None: the rule's (configured) severity
    fix: Fix | None = None  # offsets in the block of ``span``
    # filled in by the engine
    name: str = ""
    family: str = ""
    # filled in by the pipeline: {"location", "text", "excerpt"} for span and related
    place: dict | None = None
    related_places: list[dict] = field(default_factory=list)

    def sort_key(self) -> tuple:
        if self.span is None:
            return (-1, 0, 0, self.rule)
        return (self.span.block, self.span.start, self.span.end, self.rule, self.message.vi)


def finding(rule: str, vi: str, en: str, span: Span | None, *, related=(), severity=None, fix=None) -> Finding:
    """Shorthand used by the rules."""
    return Finding(rule, Msg(vi, en), span, list(related), severity, fix)
