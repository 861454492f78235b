"""KT103: the parts of the document around its body (DOMAIN §1), in the Party or the State form.

Drafts often lack the header or the signature block while they circulate, so a missing part is
a warning.  Once the draft shows its form (the header first, else the number, else the
signature), a part written in the other system's form is reported at the words that show it.
A blank number ("Số    -BC/HU") counts as present: numbers are given when the text is issued.
A text with none of the parts (no type line, header or signature) is a body fragment, often one
department's contribution to a report, and is not judged unless the user names its profile.

A missing part is certain only in a draft framed as a document: one whose top shows its form (the
national or Party heading, or the "Số ..." line).  Without that frame the text is a paste (a web
page, a plain-text copy) or a body still being written, and its missing parts are infos: the user
still sees them, but they count as no warning.  Naming the profile (``--profile``) makes them
warnings again.  The closing block (signature, recipients) is missing only from a text that shows
its end (ending.py: "./.", an annex after the body, another closing part); a text that stops
without it, cut or unfinished, gets an info whatever its frame or profile.
"""

from __future__ import annotations

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Span, finding
from kiemtra_lint.rules.structure.profiles import DEFAULT_TYPES, PART_NAMES, Profile, current_profile

from .ending import cut_in_recipients, reaches_end
from .parts import FRONT_WITHOUT_TITLE, PARTY, STATE, Marked, Parts, document_parts

HEADINGS = {PARTY: "ĐẢNG CỘNG SẢN VIỆT NAM", STATE: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}
FORM_VI = {PARTY: "văn bản của Đảng", STATE: "văn bản nhà nước"}
FORM_EN = {PARTY: "a Party document", STATE: "a State document"}
OTHER = {PARTY: STATE, STATE: PARTY}
# The same signing authority in the other form: "T/M" (Party) is "TM." (State).
SIGN_EQUIVALENT = {"T/M": "TM.", "K/T": "KT.", "T/L": "TL.", "TM.": "T/M", "KT.": "K/T", "TL.": "T/L"}

# Missing parts are reported one finding per group: the header block, the title, the closing block.
CLOSING = ("signature", "recipients")
PART_GROUPS = (("header", "issuer", "number", "place-date"), ("title",), CLOSING)
assert sorted(sum(PART_GROUPS, ())) == sorted(PART_NAMES)

# (vi, en) description of each part; a dict by form where the two forms differ.
PART_TEXT = {
    "header": {
        PARTY: ("tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”", "the heading “ĐẢNG CỘNG SẢN VIỆT NAM”"),
        STATE: ("quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” và tiêu ngữ “Độc lập - Tự do - Hạnh phúc”",
                "the national heading “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” and the motto"),
        None: ("tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” (văn bản của Đảng) hoặc quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
               "VIỆT NAM” (văn bản nhà nước)",
               "the heading “ĐẢNG CỘNG SẢN VIỆT NAM” (Party) or “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” (State)"),
    },
    "issuer": {
        PARTY: ("tên cơ quan ban hành (như “HUYỆN ỦY TÂY SƠN”)", "the issuing body (like “HUYỆN ỦY TÂY SƠN”)"),
        STATE: ("tên cơ quan ban hành (như “ỦY BAN NHÂN DÂN HUYỆN LÂM HÀ”)",
                "the issuing body (like “ỦY BAN NHÂN DÂN HUYỆN LÂM HÀ”)"),
        None: ("tên cơ quan ban hành", "the issuing body"),
    },
    "number": {
        PARTY: ("số và ký hiệu văn bản (như “Số 112-BC/HU”)", "the number and symbol (like “Số 112-BC/HU”)"),
        STATE: ("số và ký hiệu văn bản (như “Số: 123/BC-UBND”)", "the number and symbol (like “Số: 123/BC-UBND”)"),
        None: ("số và ký hiệu văn bản", "the number and symbol"),
    },
    "place-date": ("địa danh và ngày tháng năm (như “Tây Sơn, ngày 05 tháng 7 năm 2023”)",
                   "the place and date (like “Tây Sơn, ngày 05 tháng 7 năm 2023”)"),
    "title": ("tên loại và trích yếu nội dung (“BÁO CÁO” và một dòng nêu báo cáo về việc gì)",
              "the type and summary (“BÁO CÁO” and one line saying what about)"),
    "signature": {
        PARTY: ("thẩm quyền, chức vụ và họ tên người ký (như “T/M HUYỆN ỦY”, “BÍ THƯ”)",
                "the signing authority, title and name (like “T/M HUYỆN ỦY”, “BÍ THƯ”)"),
        STATE: ("thẩm quyền, chức vụ và họ tên người ký (như “TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”)",
                "the signing authority, title and name (like “TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”)"),
        None: ("thẩm quyền, chức vụ và họ tên người ký", "the signing authority, title and name"),
    },
    "recipients": ("nơi nhận (“Nơi nhận:”)", "the recipients (“Nơi nhận:”)"),
}


def part_text(name: str, form: str | None, profile: Profile | None = None) -> tuple[str, str]:
    """How a missing part is named; the type line is shown as the kind's own ("QUYẾT ĐỊNH")."""
    text = PART_TEXT[name]
    if name == "title" and profile is not None and profile.detect.types != DEFAULT_TYPES:
        word = profile.detect.types[0].upper()
        return (f"tên loại và trích yếu nội dung (“{word}” và một dòng nêu {profile.title.lower()} về việc gì)",
                f"the type and summary (“{word}” and one line saying what the {profile.title_en.lower()} is about)")
    return text[form] if isinstance(text, dict) else text


def _span(marked: Marked) -> Span:
    return Span(marked.line.block, *marked.mark)


@rule("KT103", "required-part", "structure", "warning",
      summary_vi="Thiếu thành phần thể thức (tiêu đề, số ký hiệu, ngày tháng, người ký, nơi nhận…) hoặc lẫn "
                 "thể thức Đảng với nhà nước",
      summary_en="A required part of the document is missing (header, number, date, signature, recipients…), or "
                 "Party and State forms are mixed",
      explanation_vi="Văn bản của Đảng (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW) và văn bản nhà nước (Nghị định "
                     "30/2020/NĐ-CP) đều có: tiêu đề hoặc quốc hiệu, cơ quan ban hành, số và ký hiệu, địa danh và "
                     "ngày tháng, tên loại và trích yếu, thẩm quyền và người ký, nơi nhận. Hồ sơ của loại báo cáo "
                     "nêu phần nào bắt buộc. Bản thảo thường chưa có đủ nên đây là cảnh báo; khi phần đầu văn bản "
                     "không có quốc hiệu (tiêu đề) hay số ký hiệu (bản dán từ trang web, phần thân đang viết), "
                     "phần thiếu chỉ được nêu ở mức thông tin. Phần ký và nơi nhận chỉ bị coi là thiếu khi văn bản "
                     "đã thấy rõ chỗ kết thúc (dấu “./.”, phụ lục sau phần thân, hoặc đã có một phần của khối ký); "
                     "văn bản dừng giữa chừng (bản chép một phần, bản thảo đang viết) chỉ được nhắc ở mức thông "
                     "tin. Quốc hiệu hay tiêu đề gõ sai một, hai chữ (“CỘNaG HÒA …”) được nêu đúng chỗ sai. Hai "
                     "thể thức không "
                     "được trộn: văn bản của Đảng ghi “Số 112-BC/HU”, “T/M”; văn bản nhà nước ghi “Số: "
                     "123/BC-UBND”, “TM.”.",
      explanation_en="Party documents and State documents both carry a header, the issuing body, number and "
                     "symbol, place and date, type and summary, signature and recipients; the profile says which "
                     "are required. Drafts often lack some, hence a warning; when the top shows neither the "
                     "heading nor the number (a pasted web page, a body being written) the missing parts are "
                     "infos. The signature and recipients are missing only from a text that shows its end (“./.”, "
                     "an annex after the body, another part of the closing block); a text that stops short (a part "
                     "copied, a draft being written) gets an info. A heading with a letter or two mistyped "
                     "(“CỘNaG HÒA …”) is reported where it is. The two forms must not be mixed: "
                     "Party “Số 112-BC/HU”, “T/M”; State “Số: 123/BC-UBND”, “TM.”.",
      bad="ĐẢNG CỘNG SẢN VIỆT NAM ... Số: 112/BC-HU ... TM. HUYỆN ỦY",
      good="ĐẢNG CỘNG SẢN VIỆT NAM ... Số 112-BC/HU ... T/M HUYỆN ỦY")
def check_parts(doc: Document, ctx):
    profile = current_profile(doc, ctx)
    required = profile.parts if profile is not None else PART_NAMES
    parts: Parts = document_parts(doc, ctx)
    if ctx.profile is None and not parts.any_part():
        return  # a body fragment (one department's part of a report), not a document: nothing to judge
    form, evidence = parts.form()
    described_form = form or (profile.form if profile is not None else None)
    severity = "warning" if ctx.profile is not None or parts.framed() else "info"
    ended = reaches_end(doc, parts) and not cut_in_recipients(doc, parts)
    for group in PART_GROUPS:
        missing = [part_text(name, described_form, profile) for name in group
                   if name in required and not parts.has(name)]
        if missing:
            # the closing block can only be missing from a text that shows its end (ending.py)
            certain = severity if group != CLOSING or ended else "info"
            yield finding("KT103", "Văn bản thiếu " + "; ".join(vi for vi, _ in missing),
                          "The document lacks " + "; ".join(en for _, en in missing), None, severity=certain)
    if "header" in required and parts.header is None and parts.misspelt_header is not None:
        wrong, right = parts.misspelt_header, HEADINGS[parts.misspelt_header.form]
        vi, en = ("Quốc hiệu", "The national heading") if wrong.form == STATE else ("Tiêu đề", "The Party heading")
        yield finding("KT103", f"{vi} viết sai “{wrong.line.text}”: phải là “{right}”",
                      f"{en} is mistyped “{wrong.line.text}”: it reads “{right}”", _span(wrong))
    if "header" in required and parts.header is not None and parts.header.form == STATE and parts.motto is None \
            and parts.framed():
        yield finding("KT103", "Dưới quốc hiệu thiếu tiêu ngữ “Độc lập - Tự do - Hạnh phúc”",
                      "The motto “Độc lập - Tự do - Hạnh phúc” is missing under the national heading",
                      _span(parts.header))
    # a type line deep in an unframed text heads a quoted form or an annex, not the document
    if "title" in required and parts.type_line is not None and not parts.summary \
            and (parts.framed() or parts.type_line.block < FRONT_WITHOUT_TITLE):
        line = parts.type_line
        yield finding("KT103", f"Sau tên loại “{line.text}” thiếu trích yếu nội dung (một dòng nêu báo cáo về việc gì)",
                      f"The type line “{line.text}” has no summary (one line saying what the report is about)",
                      Span(line.block, line.start, line.end))
    if form is not None:
        yield from _mixed_forms(doc, parts, form, evidence)


def _mixed_forms(doc: Document, parts: Parts, form: str, evidence: Marked):
    """Parts written in the other system's form than the one the draft shows."""
    shown_vi = f"{FORM_VI[form]} (có “{evidence.line.text}”)"
    shown_en = f"{FORM_EN[form]} (it has “{evidence.line.text}”)"
    number = parts.number
    if number is not None and number.form == OTHER[form]:
        text = doc.blocks[number.line.block].text[number.mark[0]:number.mark[1]]
        yield finding("KT103",
                      f"Ký hiệu “{text}” viết theo thể thức {FORM_VI[number.form]} trong khi đây là {shown_vi}: "
                      f"viết “{number.fixed}”",
                      f"The symbol “{text}” follows the form of {FORM_EN[number.form]} in {shown_en}: "
                      f"write “{number.fixed}”", _span(number))
    elif number is not None and number.form == form and number.colon != (form == STATE):
        symbol = doc.blocks[number.line.block].text[number.mark[0]:number.mark[1]]
        word = Span(number.line.block, *number.word)
        if form == PARTY:
            yield finding("KT103", f"Văn bản của Đảng ghi “Số {symbol}”, không có dấu hai chấm sau “Số”",
                          f"A Party document writes “Số {symbol}”, without a colon after “Số”", word,
                          severity="info")
        else:
            yield finding("KT103", f"Văn bản nhà nước ghi “Số: {symbol}”, có dấu hai chấm sau “Số”",
                          f"A State document writes “Số: {symbol}”, with a colon after “Số”", word,
                          severity="info")
    for sign in parts.signatures:
        if sign.form != OTHER[form]:
            continue
        mark = sign.line.text[:sign.mark[1] - sign.mark[0]]
        equivalent = SIGN_EQUIVALENT.get(mark)
        if equivalent is not None:
            vi = f"“{mark}” là cách ghi của {FORM_VI[sign.form]}; đây là {shown_vi}, ghi “{equivalent}”"
            en = f"“{mark}” is how {FORM_EN[sign.form]} signs; this is {shown_en}: write “{equivalent}”"
        else:
            vi = f"“{mark}” là cách ghi của {FORM_VI[sign.form]}, không dùng trong {shown_vi}"
            en = f"“{mark}” is how {FORM_EN[sign.form]} signs, not used in {shown_en}"
        yield finding("KT103", vi, en, _span(sign))
