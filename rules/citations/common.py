"""What every KT3xx rule shares: the parse of a document's citations, computed once per document,
the mentions of each document, the registry of known documents, and spans for findings.
"""

from __future__ import annotations

from kiemtra_lint.document import Document
from kiemtra_lint.findings import Span
from kiemtra_lint.rules.citations.parse import Citation, Part, find_citations

from . import registry


def citations_of(doc: Document, ctx) -> list[Citation]:
    return ctx.memo("citations", lambda: find_citations(doc))


def user_registries(ctx) -> tuple[str, ...]:
    return tuple(ctx.options.get("data", {}).get("registries", ()))


def registry_of(ctx) -> dict:
    """Known documents by key; a bad user registry becomes one finding (see KT305), not a crash.

    Loading parses every symbol with the citation grammar (about 20 ms): the rules ask for it
    only when the draft cites something, or when a user registry must be checked.
    """
    def load():
        user = user_registries(ctx)
        try:
            return registry.load(registry.SHIPPED + user)
        except registry.RegistryError as exc:
            ctx.cache["citations.registry_error"] = exc
            return registry.load(registry.SHIPPED)
    return ctx.memo("citations.registry", load)


def span_of(c: Citation, part: Part) -> Span:
    return Span(c.block, part.start, part.end)


def symbol_of(c: Citation, key: tuple) -> str:
    """The symbol of the one document ``key`` names, as this mention (or its antecedent) writes it."""
    full = c if c.symbol is not None else c.antecedent
    sym = full.symbol
    if len(sym.numbers) == 1:
        return sym.text
    number = next(n.text for n in sym.numbers if sym.key(n) == key)
    return f"{number}-{sym.code}/{sym.issuer}"  # only Party symbols share one symbol between numbers


def by_document(doc: Document, ctx) -> dict[tuple, list[Citation]]:
    """The mentions of each document, in reading order (computed once per document)."""
    def group():
        groups: dict[tuple, list[Citation]] = {}
        for c in citations_of(doc, ctx):
            for key in c.keys:
                groups.setdefault(key, []).append(c)
        return groups
    return ctx.memo("citations.by_document", group)
