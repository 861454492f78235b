"""KT507: the Party committee that issues the draft named in lower case ("huyện ủy" in a report of
the Huyện ủy).

"Huyện ủy", "Tỉnh ủy", "Thành ủy", "Quận ủy", "Thị ủy" and "Đảng ủy" are the names of bodies and
take a capital when they name one ("Ban Thường vụ Huyện ủy", "Huyện ủy đã lãnh đạo ..."); in
lower case they are the common noun ("các huyện ủy", "huyện ủy viên").  In a draft whose header
names such a committee as its issuer, the same word in lower case inside a sentence names the
issuer itself, except where it is plural or generic:

* after "các", "những", "mỗi", "từng", "cấp", "nhiều", "một số": "các huyện ủy";
* next to another committee of the same kind of word ("tỉnh ủy, thành ủy", "huyện ủy và thị
  ủy"): a list of kinds of body;
* followed by "viên": "huyện ủy viên" is a member's title;
* followed by "cơ sở", "trực thuộc", "cấp trên", "bạn", ...: "đảng ủy cơ sở" is a kind of body.

One finding for the draft, at the first place, the others as related places.
"""

from __future__ import annotations

import regex

from kiemtra_lint.document import Document, readable
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Fix, Span, finding


HEADER_BLOCKS = 8  # the issuer's name stands in the first lines (or the first table row)
_KINDS = r"(?:tỉnh|huyện|thành|quận|thị|đảng)"
_COMMITTEE = r"(?:ủy|uỷ)"
_ISSUER = regex.compile(rf"(?<!\p{{L}})(?P<kind>{_KINDS.upper()})[ \u00a0]+{_COMMITTEE.upper()}(?!\p{{L}})")
_LOWER = regex.compile(rf"(?<!\p{{L}})(?P<kind>{_KINDS})[ \u00a0]+{_COMMITTEE}(?![\p{{L}}\p{{N}}])")
_GENERIC_BEFORE = regex.compile(r"(?<!\p{L})(?i:các|những|mỗi|từng|cấp|nhiều|một\s+số)[ \u00a0]+$")
# "huyện ủy viên" (a member), and "ủy" starting another word: "hoàn thành ủy thác", "ủy quyền"
_MEMBER_AFTER = regex.compile(r"[ \u00a0]+(?:viên|ban|quyền|thác|nhiệm)(?!\p{L})")
# "đảng ủy cơ sở", "đảng ủy trực thuộc", "huyện ủy bạn": a kind of committee, not this one
_GENERIC_AFTER = regex.compile(r"[ \u00a0]+(?:cơ\s+sở|bộ\s+phận|trực\s+thuộc|cấp\s+trên|cấp\s+dưới|bạn)(?!\p{L})")
# "thành" and "thị" ending another word: "hoàn thành", "trở thành", "đô thị"
_COMPOUND_BEFORE = regex.compile(r"(?<!\p{L})(?i:hoàn|trở|tán|đô|siêu|thu)[ \u00a0]+$")
_ANY_COMMITTEE = regex.compile(rf"(?i:{_KINDS})[ \u00a0]+(?i:{_COMMITTEE})(?!\p{{L}})")


def issuer_kind(doc: Document) -> str | None:
    """"huyện", "tỉnh", ... when the draft's header names a Party committee of that kind in
    capitals ("HUYỆN ỦY KRÔNG BÔNG", "BAN THƯỜNG VỤ TỈNH ỦY")."""
    for block in doc.blocks[:HEADER_BLOCKS]:
        m = _ISSUER.search(block.text)
        if m is not None:
            return m.group("kind").lower()
    return None


def lower_case_names(text: str, kind: str) -> list[tuple[int, int]]:
    """Spans of ``kind`` + "ủy" in lower case that name one body, not the kind of body."""
    out = []
    for m in _LOWER.finditer(text):
        if m.group("kind") != kind:
            continue
        before = max(0, m.start() - 20)
        if (_GENERIC_BEFORE.search(text, before, m.start()) or _COMPOUND_BEFORE.search(text, before, m.start())
                or _MEMBER_AFTER.match(text, m.end()) or _GENERIC_AFTER.match(text, m.end())):
            continue
        near = text[max(0, m.start() - 20):m.start()] + " " + text[m.end():m.end() + 20]
        if _ANY_COMMITTEE.search(near):  # "tỉnh ủy, thành ủy": kinds of body
            continue
        out.append(m.span())
    return out


@rule("KT507", "own-body-lower-case", "consistency", "warning",
      summary_vi="Tên cấp ủy ban hành văn bản viết thường (“huyện ủy” trong báo cáo của Huyện ủy)",
      summary_en="The issuing Party committee named in lower case (“huyện ủy” in a report of the Huyện ủy)",
      explanation_vi="“Huyện ủy”, “Tỉnh ủy”, “Thành ủy”, “Đảng ủy” là tên cơ quan, viết hoa chữ đầu khi chỉ một cơ "
                     "quan cụ thể (“Ban Thường vụ Huyện ủy”). Trong văn bản mà phần đầu ghi cấp ủy ban hành (“HUYỆN ỦY "
                     "...”), chữ viết thường giữa câu là gọi chính cấp ủy đó và cần viết hoa; trừ khi chỉ chung (“các "
                     "huyện ủy”, “tỉnh ủy, thành ủy”) hoặc là chức danh (“huyện ủy viên”). Báo một lần cho cả bản "
                     "thảo, ở chỗ đầu tiên, kèm các chỗ còn lại.",
      explanation_en="“Huyện ủy”, “Tỉnh ủy”, “Thành ủy”, “Đảng ủy” are the names of bodies and take a capital when "
                     "they name one (“Ban Thường vụ Huyện ủy”). In a draft whose header names the issuing committee "
                     "(“HUYỆN ỦY ...”), the word in lower case inside a sentence names that committee and needs its "
                     "capital, unless it is generic (“các huyện ủy”, “tỉnh ủy, thành ủy”) or a title (“huyện ủy "
                     "viên”). Reported once for the draft, at the first place, with the others.",
      bad="HUYỆN ỦY KRÔNG BÔNG ... Năm 2025, Ban Thường vụ huyện ủy đã lãnh đạo toàn diện.",
      good="HUYỆN ỦY KRÔNG BÔNG ... Năm 2025, Ban Thường vụ Huyện ủy đã lãnh đạo toàn diện; các huyện ủy bạn hỗ trợ.")
def check_own_body(doc: Document, ctx):
    kind = issuer_kind(doc)
    if kind is None:
        return
    places = [(block.index, start, end) for block in filter(readable, doc.blocks)
              for start, end in lower_case_names(block.text, kind)]
    if not places:
        return
    block, start, end = places[0]
    written = doc.blocks[block].text[start:end]
    fixed = written[0].upper() + written[1:]
    more_vi = f" (cùng {len(places) - 1} chỗ khác)" if len(places) > 1 else ""
    more_en = f" (and {len(places) - 1} more)" if len(places) > 1 else ""
    yield finding(
        "KT507",
        f"“{written}” viết thường{more_vi} trong khi văn bản do {fixed} ban hành: tên cơ quan viết hoa chữ đầu, "
        f"nên viết “{fixed}”",
        f"“{written}” in lower case{more_en} while the draft is issued by the {fixed}: the body's name takes a "
        f"capital; write “{fixed}”",
        Span(block, start, end), related=[Span(*p) for p in places[1:]], fix=Fix(start, end, fixed))
