"""Committee terms (khóa, nhiệm kỳ): Party documents are numbered from 01 again in each term.

So one symbol can name two documents: a 35-CT/TW of term XII (30/5/2019) and another of term
XIII both exist.  Dates decide the term only when they fall clearly inside one: a date in a
congress month could belong to either term and gives ``None``.

Central Committee (symbols ending in TW): the congresses met in April 2001 (IX), April 2006 (X),
January 2011 (XI), January 2016 (XII), January-February 2021 (XIII) and January 2026 (XIV).
Local committees hold their congresses in the year before the national one (2010, 2015, 2020,
2025): a local term is a five-year window, and a date in a congress year gives ``None``.
State documents other than normative ones are numbered from 01 again each calendar year.
"""

from __future__ import annotations

import datetime as dt

from kiemtra_lint.labels import format_number

# term -> (first month of the congress, last month of the congress)
CENTRAL_CONGRESSES: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {
    9: ((2001, 4), (2001, 4)),
    10: ((2006, 4), (2006, 4)),
    11: ((2011, 1), (2011, 1)),
    12: ((2016, 1), (2016, 1)),
    13: ((2021, 1), (2021, 2)),
    14: ((2026, 1), (2026, 1)),
}


def central_term(date: dt.date) -> int | None:
    """The Central Committee term a date falls in, or None (in a congress month, or before IX)."""
    month = (date.year, date.month)
    term = None
    for number, (first, last) in sorted(CENTRAL_CONGRESSES.items()):
        if first <= month <= last:
            return None
        if month > last:
            term = number
    return term


def local_term(date: dt.date) -> int | None:
    """A local committee's five-year window (2016-2019 -> 403), or None in a congress year."""
    if date.year % 5 == 0:
        return None
    return date.year // 5


def is_central(issuer_code: str) -> bool:
    """Whether a Party symbol's issuer is the Central Committee or one of its organs (…TW)."""
    return issuer_code.upper().endswith("TW")


def roman(n: int) -> str:
    return format_number("roman", n)


def numbering_period(key: tuple, date: dt.date) -> tuple[str, int | None]:
    """The period in which a document's number is unique, for the document ``key`` names.

    A central Party document: its Central Committee term; a local one: its local term; a State
    document: its year; a normative document: always (its symbol carries the year).  The second
    item is None when the date falls where the period cannot be told.
    """
    form = key[0]
    if form == "party":
        return ("term", central_term(date)) if is_central(key[3]) else ("local", local_term(date))
    if form == "state":
        return ("year", date.year)
    return ("always", 0)


def format_date(d: dt.date) -> str:
    """Vietnamese administrative style: 05/3/2020, 21/01/2019 (months 1 and 2 take a zero)."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{d.day:02d}/{month}/{d.year}"
