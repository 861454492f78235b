"""Shared recognisers for things several rule families must agree on:
dates, document symbols and the report's own place-and-date line.

The figures rules must not read "15/3/2021" or "30/2020/NĐ-CP" as fractions; the
citation rules parse the same symbols and dates; the structure rules look for
the place-and-date line.  One definition here keeps them consistent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex


# 22/10/2018, 22-10-2018, 22.10.2018 (day and month may have one digit)
DATE_NUMERIC = regex.compile(r"(?<![\p{L}\p{N}/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\p{N}/])")
# ngày 22 tháng 10 năm 2018 (also "ngày 05 tháng 7 năm 2023")
DATE_WORDS = regex.compile(r"(?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})\s+(?i:năm)\s+(\d{4})(?!\d)")
# month/year "10/2018", "tháng 10/2018"
MONTH_YEAR = regex.compile(r"(?<![\p{N}/])(\d{1,2})/(\d{4})(?![\p{N}/])")

# Party symbol: 35-NQ/TW, 05-CTr/TU, 214-CV/BTGHU, 5053-CV/VPTW/nb; the match starts at the last
# number of "14, 15-KL/TU" (see NUMBER_LIST_BEFORE).  Slips in the separators ("07 - NQ/HU",
# "07–NQ/HU") still match, so that figures rules skip them and citation rules can name them.
PARTY_SYMBOL = regex.compile(
    r"(?<![\p{L}\p{N}])(\d{1,5})\s?[-–—]\s?([\p{Lu}][\p{L}]{0,5})\s?/\s?([\p{Lu}][\p{Lu}\p{N}]{1,11})(?:/([\p{L}]{1,4}))?"
    r"(?![\p{L}\p{N}])")
# State symbol: 123/QĐ-UBND, 123/UBND-VX; normative: 30/2020/NĐ-CP, 80/2015/QH13, 01/2011/TT-BNV
STATE_SYMBOL = regex.compile(
    r"(?<![\p{L}\p{N}/])(\d{1,5})/(?:(\d{4})/)?([\p{Lu}][\p{L}\p{N}]{0,9})(?:-([\p{Lu}][\p{L}\p{N}]{0,11}(?:-[\p{Lu}][\p{L}\p{N}]{0,11})*))?"
    r"(?![\p{L}\p{N}])")

# the "14, " (or "14 và ") in front of a Party symbol's last number: "14, 15-KL/TU"
NUMBER_LIST_BEFORE = regex.compile(r"(?<![\p{L}\p{N}/])(?:\d{1,5}\s?(?:,|và)\s?)+\Z")

PLACE_DATE = regex.compile(
    r"^\s*(?P<place>[\p{Lu}][\p{L} .'\-]{1,40}?),\s*ngày\s+(?P<d>\d{1,2}|…+|\.+|_+)\s+tháng\s+(?P<m>\d{1,2}|…+|\.+|_+)"
    r"\s+năm\s+(?P<y>\d{4})\s*$", regex.I)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    day: int
    month: int
    year: int

    def date(self) -> dt.date | None:
        """The calendar date, or None when it does not exist (30/02, month 13)."""
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def find_dates(text: str) -> list[DateMatch]:
    """Dates written "22/10/2018" or "ngày 22 tháng 10 năm 2018", in text order."""
    out = [DateMatch(m.start(), m.end(), int(m.group(1)), int(m.group(3)), int(m.group(4)))
           for m in DATE_NUMERIC.finditer(text)]
    out += [DateMatch(m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3)))
            for m in DATE_WORDS.finditer(text)]
    return sorted(out, key=lambda d: d.start)


def symbol_spans(text: str) -> list[tuple[int, int]]:
    """Spans of Party and State document symbols ("35-NQ/TW", "30/2020/NĐ-CP", "123/UBND-VX").

    A Party symbol's span covers the numbers that share it: "14, 15-KL/TU".
    """
    spans = []
    for m in PARTY_SYMBOL.finditer(text):
        before = NUMBER_LIST_BEFORE.search(text, max(0, m.start() - 40), m.start())
        spans.append((before.start() if before else m.start(), m.end()))
    for m in STATE_SYMBOL.finditer(text):
        # a State symbol needs letters after the slash: "123/QĐ-UBND"; "49/53" is not one
        if m.group(3) and (m.group(4) or m.group(2) or len(m.group(3)) >= 2):
            spans.append((m.start(), m.end()))
    return sorted(spans)


@dataclass(frozen=True, slots=True)
class PlaceDate:
    block: int
    place: str
    date: dt.date | None  # None while the day or month is left blank ("ngày … tháng …")


def find_place_date(doc) -> PlaceDate | None:
    """The report's own place-and-date line ("Tây Sơn, ngày 05 tháng 7 năm 2023").

    Looked for in the first blocks (it sits in the header, often inside a borderless
    table) and, failing that, near the end (some drafts date the signature block).
    """
    blocks = doc.blocks
    candidates = list(blocks[:60]) + list(blocks[-40:] if len(blocks) > 60 else [])
    for b in candidates:
        if b.kind == "footnote" or len(b.text) > 120:
            continue
        for line in b.text.split("\n"):
            m = PLACE_DATE.match(line)
            if m:
                try:
                    date = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                except ValueError:
                    date = None
                return PlaceDate(b.index, m.group("place").strip(), date)
    return None


def report_date(doc, ctx) -> dt.date | None:
    """The report's date: --report-date / config first, else its place-and-date line."""
    if ctx.report_date is not None:
        return ctx.report_date
    found = ctx.memo("place_date", lambda: find_place_date(doc))
    return found.date if found is not None else None
