"""Built-in rule packs (importable as kiemtra_lint.rules): one package per family.

Each family keeps its rules (a module per rule or small group), its private helpers and its
model; vocabulary lives as data under ``data/``.  :data:`RULE_MODULES` is the one list of
modules that register rules: the engine imports exactly these.
"""

from __future__ import annotations

from pathlib import Path

RULE_MODULES = (
    "input.diagnostics",
    "structure.numbering",
    "structure.sections",
    "structure.required_parts",
    "structure.notes",
    "structure.unfinished",
    "figures.fraction_percent",
    "figures.share_of_total",
    "figures.parts_sum",
    "figures.shares_sum",
    "figures.table_arithmetic",
    "figures.repeated_quantity",
    "citations.symbol_form",
    "citations.type_agreement",
    "citations.dates",
    "citations.consistency",
    "citations.known_documents",
    "citations.first_mention",
    "citations.periods",
    "duplicates.checks",
    "consistency.checks",
    "consistency.ranges",
    "consistency.names",
    "consistency.own_body",
    "consistency.joined",
)

DATA = Path(__file__).parent / "data"


def rules_data(*parts: str) -> Path:
    """A file or folder shipped in the rules' ``data`` folder."""
    return DATA.joinpath(*parts)
