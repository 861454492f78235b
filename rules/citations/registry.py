"""Registries of known documents (KT305): the shipped central one plus the user's own.

A registry is a UTF-8 CSV file with a header row; only ``symbol`` is required::

    symbol,type,date,issuer,term,title,source
    35-NQ/TW,Nghị quyết,22/10/2018,Bộ Chính trị,XII,,Nghị quyết 35-NQ/TW ... (văn bản gốc)
    131-KH/HU,Kế hoạch,06/3/2023,Ban Thường vụ Huyện ủy,,,sổ đăng ký văn bản đi 2023

Lines starting with ``#`` are comments.  An empty cell states nothing: the rule checks only what
a row fills in.  Users add the office's outgoing-document register through their configuration::

    [tool.kiemtra.data]
    registries = ["so-cong-van.csv"]

and later files win over earlier ones for the same symbol (the user's over the shipped one).
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kiemtra_lint.rules import rules_data
from kiemtra_lint.rules.citations.parse import parse_symbol
from kiemtra_lint.config import parse_date
from kiemtra_lint.labels import roman_value
from kiemtra_lint.text import nfc

SHIPPED = (str(rules_data("registry-central.csv")),)
COLUMNS = ("symbol", "type", "date", "issuer", "term", "title", "source")


class RegistryError(ValueError):
    """A registry file that cannot be used, with a message in both languages."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi, self.en = vi, en


@dataclass(frozen=True, slots=True)
class Entry:
    symbol: str
    type: str | None
    date: dt.date | None
    issuer: str | None
    term: int | None
    title: str | None
    source: str | None
    origin: str  # "registry-central.csv:12"


@lru_cache(maxsize=32)
def load(paths: tuple[str, ...]) -> dict[tuple, Entry]:
    """Every entry of ``paths`` by document key; raises RegistryError for a bad file or row."""
    entries: dict[tuple, Entry] = {}
    for path in paths:
        for entry, keys in _read(path):
            for key in keys:
                entries[key] = entry
    return entries


def _read(path: str):
    name = Path(path).name
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"Không đọc được danh mục văn bản {name}: {exc}",
                            f"Cannot read the document registry {name}: {exc}") from None
    numbered = [(i + 1, nfc(line)) for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        return
    reader = csv.reader([line for _, line in numbered])
    header = [h.strip().lower() for h in next(reader)]
    if "symbol" not in header:
        raise RegistryError(f"Danh mục văn bản {name}: thiếu cột “symbol” ở dòng tiêu đề",
                            f"Document registry {name}: the header row has no “symbol” column")
    for (line_no, _), row in zip(numbered[1:], reader):
        cells = {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}
        where = f"{name}:{line_no}"
        yield _entry(cells, where)


def _entry(cells: dict[str, str], where: str) -> tuple[Entry, tuple]:
    symbol = parse_symbol(cells["symbol"])
    if symbol is None:
        raise RegistryError(f"Danh mục văn bản {where}: không đọc được ký hiệu “{cells['symbol']}”",
                            f"Document registry {where}: cannot read the symbol “{cells['symbol']}”")
    date = None
    if cells.get("date"):
        try:
            date = parse_date(cells["date"])
        except ValueError:
            raise RegistryError(f"Danh mục văn bản {where}: ngày “{cells['date']}” không hợp lệ",
                                f"Document registry {where}: invalid date “{cells['date']}”") from None
    term = None
    if cells.get("term"):
        raw = cells["term"].strip().upper()
        term = int(raw) if raw.isdigit() else roman_value(raw)
        if term is None:
            raise RegistryError(f"Danh mục văn bản {where}: khóa “{cells['term']}” không hợp lệ",
                                f"Document registry {where}: invalid term “{cells['term']}”")
    entry = Entry(symbol=symbol.text, type=cells.get("type") or None, date=date, issuer=cells.get("issuer") or None,
                  term=term, title=cells.get("title") or None, source=cells.get("source") or None, origin=where)
    return entry, tuple(symbol.key(n) for n in symbol.numbers)
