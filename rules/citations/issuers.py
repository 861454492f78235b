"""Issuers as drafts name them, reduced to the body that issued the document.

"Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh" and "Tỉnh ủy Bình
Định" all name the provincial committee: drafters use them interchangeably for a "-/TU"
document, so they must not clash.  "Bộ Chính trị", "Ban Bí thư" and "Ban Chấp hành Trung ương"
are three bodies: a 35-NQ/TW "của Ban Bí thư" is a slip.  An issuer this module cannot read
("Ban Chỉ đạo 35 huyện") gives ``None`` and never clashes with anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from kiemtra_lint.text import fold


@dataclass(frozen=True, slots=True)
class Body:
    """An issuing body: ``name`` is a folded key ("bo chinh tri", "tinh uy", "ubnd tinh").

    ``level`` is the administrative level of a State body when the draft names it ("tinh"),
    ``None`` when it does not ("của UBND"), which matches every level.  ``vague`` marks "Trung
    ương" on its own, which may mean any central body.
    """

    name: str
    level: str | None = None
    central: bool = False
    vague: bool = False


_LEVEL = r"(tinh|huyen|thanh pho|quan|thi xa|xa|phuong|thi tran)"
_DEPARTMENT = r"(ban to chuc|ban tuyen giao(?: va dan van)?|ban dan van|ban noi chinh|ban kinh te|ban doi ngoai" \
              r"|uy ban kiem tra|van phong)"
_COMMITTEE = r"(tinh|huyen|thanh|quan|thi|dang) uy"
_PARTY_BODY_OF_LEVEL = {"tinh": "tinh uy", "huyen": "huyen uy", "thanh pho": "thanh uy", "quan": "quan uy",
                        "thi xa": "thi uy", "xa": "dang uy", "phuong": "dang uy", "thi tran": "dang uy"}

# (pattern on the folded issuer, how to name the body); tried in order, the first match wins
_RULES: tuple[tuple[regex.Pattern, object], ...] = tuple((regex.compile(p), make) for p, make in (
    (r"\buy ban thuong vu quoc hoi\b|\bubtvqh", lambda m: Body("ubtvqh")),
    (r"\bquoc hoi\b", lambda m: Body("quoc hoi")),
    (r"\bthu tuong\b", lambda m: Body("thu tuong")),
    (r"\bvan phong chinh phu\b", lambda m: Body("van phong chinh phu")),
    (r"\bchinh phu\b", lambda m: Body("chinh phu")),
    (r"\bbo chinh tri\b", lambda m: Body("bo chinh tri", central=True)),
    (r"\bban bi thu\b", lambda m: Body("ban bi thu", central=True)),
    (rf"\b{_DEPARTMENT} (?:trung uong|tw)\b", lambda m: Body(f"{m.group(1)} trung uong", central=True)),
    (r"\bban chap hanh trung uong\b|\bbch ?tw\b|\bhoi nghi\b.*\btrung uong\b",
     lambda m: Body("ban chap hanh trung uong", central=True)),
    (r"^trung uong(?: dang)?$", lambda m: Body("trung uong", central=True, vague=True)),
    (rf"\b{_DEPARTMENT} {_COMMITTEE}\b", lambda m: Body(f"{m.group(1)} {m.group(2)} uy")),
    (r"\bdang uy khoi\b", lambda m: Body("dang uy khoi")),
    (rf"\b{_COMMITTEE}\b", lambda m: Body(f"{m.group(1)} uy")),
    (rf"\bban chap hanh dang bo {_LEVEL}\b", lambda m: Body(_PARTY_BODY_OF_LEVEL[m.group(1)])),
    (rf"\b(?:hoi dong nhan dan|hdnd)\b(?: {_LEVEL}\b)?", lambda m: Body("hdnd", m.group(1))),
    (rf"\b(?:uy ban nhan dan|ubnd)\b(?: {_LEVEL}\b)?", lambda m: Body("ubnd", m.group(1))),
    (r"^bo ([a-z ]+)$", lambda m: Body(f"bo {m.group(1).strip()}")),
    (r"^so ([a-z ]+)$", lambda m: Body(f"so {m.group(1).strip()}")),
))


@lru_cache(maxsize=1024)
def body_of(issuer: str) -> Body | None:
    """The body an issuer names, or None when this module cannot tell."""
    key = " ".join(fold(issuer).replace("-", " ").split())
    key = regex.sub(r"\s*\(?khoa [ivxlc\d]+\)?$", "", key)  # "(khóa XI)" is the term, not the body
    for pattern, make in _RULES:
        m = pattern.search(key)
        if m:
            return make(m)
    return None


def clash(a: str, b: str) -> bool:
    """True when two issuers certainly name different bodies."""
    x, y = body_of(a), body_of(b)
    if x is None or y is None:
        return False
    if x.vague or y.vague:
        return not (x.central and y.central)
    if x.name != y.name:
        return True
    return x.level is not None and y.level is not None and x.level != y.level


# what the issuer part of a symbol names: 21-KH/TU is a Tỉnh ủy document, 14-HD/BTGHU one of the
# Ban Tuyên giáo Huyện ủy, 123/QĐ-UBND one of an Ủy ban nhân dân
_COMMITTEE_OF_CODE = {"TU": "tinh uy", "HU": "huyen uy", "TXU": "thi uy", "TPU": "thanh uy", "QU": "quan uy",
                      "ĐU": "dang uy", "TW": "trung uong"}
_DEPARTMENT_OF_CODE = {"UBKT": "uy ban kiem tra", "BTG": "ban tuyen giao", "BTC": "ban to chuc", "BDV": "ban dan van",
                       "BNC": "ban noi chinh", "VP": "van phong"}
_STATE_BODY_OF_CODE = {"UBND": "ubnd", "HĐND": "hdnd", "CP": "chinh phu", "TTG": "thu tuong"}
_SYMBOL_ISSUER = regex.compile(rf"^({'|'.join(_DEPARTMENT_OF_CODE)})?({'|'.join(_COMMITTEE_OF_CODE)})$")


def body_of_symbol(key: tuple) -> Body | None:
    """The body a symbol's issuer part names, when it is one of the usual codes, else None."""
    if key[0] != "party":
        first = key[-1].split("-")[0]
        name = _STATE_BODY_OF_CODE.get(first)
        return Body(name) if name else None
    m = _SYMBOL_ISSUER.match(key[3])
    if m is None:
        return None
    committee = _COMMITTEE_OF_CODE[m.group(2)]
    if m.group(1):
        return Body(f"{_DEPARTMENT_OF_CODE[m.group(1)]} {committee}", central=committee == "trung uong")
    if committee == "trung uong":
        return Body("trung uong", central=True, vague=True)
    return Body(committee)


def names_body(text: str, body: Body) -> bool:
    """Whether ``text`` names ``body`` (or a body of its name at a compatible level)."""
    key = " ".join(fold(text).replace("-", " ").split())
    for pattern, make in _RULES:
        for m in pattern.finditer(key):
            found = make(m)
            if found.name == body.name and (found.level is None or body.level is None or found.level == body.level):
                return True
    return False
