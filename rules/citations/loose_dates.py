"""Dates written anywhere in the draft ("Ngày 30/02/2023, Ủy ban ..."), not only in citations:
KT303 reports those that cannot exist.

Only a date introduced by "ngày" is read, so that fractions and codes ("12/5", "3/4/2023" in a
table of ratios) are never taken for dates: "ngày 30/02/2023", "ngày 15-9-2023", "ngày
31.4.2023", "ngày 30 tháng 02 năm 2023", and a year typed with a digit too many ("ngày
15/9/20190").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_DATE = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:ngày)\s+(?P<date>(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4,5})"
    r"|(?P<d2>\d{1,2})\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s+(?i:năm)\s+(?P<y2>\d{4,5}))(?![\p{L}\p{N}]|[/.-]\d)")


@dataclass(frozen=True, slots=True)
class WrittenDate:
    start: int
    end: int
    text: str
    day: int
    month: int
    year: int


def written_dates(text: str) -> list[WrittenDate]:
    """The dates introduced by "ngày" in ``text``, with their offsets (the date, not "ngày")."""
    out = []
    for m in _DATE.finditer(text):
        d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] is not None else (m["d2"], m["m2"], m["y2"])
        out.append(WrittenDate(m.start("date"), m.end("date"), m["date"], int(d), int(mo), int(y)))
    return out
