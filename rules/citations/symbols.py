"""What is wrong with a symbol as written (KT301) and whether a type word agrees with it (KT302).

Both answers come from the abbreviation tables in ``rules/data/citations-types.toml`` through
:func:`kiemtra_lint.rules.citations.parse.vocabulary`; nothing here reads text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kiemtra_lint.rules.citations.parse import NORMATIVE, PARTY, STATE, Citation, Symbol, vocabulary


@dataclass(frozen=True, slots=True)
class Problem:
    vi: str
    en: str
    fixed: str | None = None  # the symbol as it must be written, where that is certain


# how messages name the documents of each form: (whose, the documents, whose in English, the documents)
_FORM_WORDS = {PARTY: ("của Đảng", "văn bản của Đảng", "a Party document", "Party documents"),
               STATE: ("của cơ quan nhà nước", "văn bản nhà nước", "a State document", "State documents"),
               NORMATIVE: ("của cơ quan nhà nước", "văn bản nhà nước", "a State document", "State documents")}


def _joined(items, conjunction: str) -> str:
    """"QĐ, QĐi hoặc QĐ2": a list for a message, with its last conjunction."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def _codes_for(form: str, type_name: str) -> list[str]:
    """The abbreviations of ``type_name`` in ``form`` ("Quy định" in Party symbols: QĐ, QĐi)."""
    table = vocabulary().codes.get(form, {})
    return [code for code, types in table.items() if type_name in types]


def _numbers(sym: Symbol) -> str:
    """The number part as written: "07", "14, 15"."""
    return sym.text[:sym.numbers[-1].end - sym.part.start]


def older_form(citation: Citation) -> bool:
    """Dated before today's forms of symbols ("Thông tư số 41-TC/TCT" of 1996): not held to them."""
    d = citation.date_value
    return d is not None and d.year < vocabulary().forms_since


def symbol_problem(citation: Citation, english: bool = False, capitals: bool = False) -> Problem | None:
    """The first slip in a symbol's form, or None when it is written by the book.

    ``english``: the symbol stands in English text ("Decree No. 120/2016/ND-CP"), where
    "ND" and "QD" for NĐ and QĐ are the usual transliteration, not a slip.  ``capitals``: it
    stands in a line written in capitals ("KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 15/QĐ-TTG NGÀY ..."), where "TTG" and
    "CTR" are the capitals of "TTg" and "CTr".
    """
    sym = citation.symbol
    if sym is None or older_form(citation):
        return None
    if english and sym.spelled is not None and sym.spelled.replace("Đ", "D") == sym.code:
        sym = replace(sym, spelled=sym.code)
    if capitals and sym.spelled is not None and sym.spelled.upper() == sym.code.upper():
        sym = replace(sym, spelled=sym.code)
    if sym.form == PARTY:
        return _party_problem(sym, citation.type_name)
    return _state_problem(sym, respell_issuer=not capitals)


def _party_problem(sym: Symbol, type_name: str | None) -> Problem | None:
    vocab = vocabulary()
    code, issuer, numbers = sym.code, sym.issuer, _numbers(sym)
    if vocab.is_state_issuer(issuer) and not vocab.is_party_issuer(issuer):
        fixed = f"{numbers}/{code}-{issuer}"
        return Problem(f"Ký hiệu “{sym.text}” trộn thể thức văn bản của Đảng với của Nhà nước: "
                       f"văn bản của {issuer} ghi “{fixed}”",
                       f"Symbol “{sym.text}” mixes the Party and State forms: a document of {issuer} is "
                       f"written “{fixed}”")
    spelled = sym.spelled
    if spelled in vocab.state_only:
        names = vocab.types_for(STATE, spelled) or vocab.types_for(NORMATIVE, spelled)
        party_codes = [c for name in names for c in _codes_for(PARTY, name)]
        hint_vi = f"; {names[0]} của Đảng viết tắt là {_joined(party_codes, 'hoặc')}" if party_codes else ""
        hint_en = f"; a Party {names[0]} is abbreviated {_joined(party_codes, 'or')}" if party_codes else ""
        return Problem(f"Ký hiệu “{sym.text}”: “{code}” là chữ viết tắt của văn bản nhà nước, không dùng trong "
                       f"ký hiệu văn bản của Đảng{hint_vi}",
                       f"Symbol “{sym.text}”: “{code}” is a State abbreviation, not used in Party symbols{hint_en}")
    if spelled is None:
        known = _codes_for(PARTY, type_name) if type_name else []
        if known:
            fixed = f"{numbers}-{known[0]}/{issuer}"
            return Problem(f"Ký hiệu “{sym.text}”: “{code}” không phải chữ viết tắt tên loại văn bản; "
                           f"{type_name} viết tắt là {_joined(known, 'hoặc')} (“{fixed}”)",
                           f"Symbol “{sym.text}”: “{code}” is not a document type abbreviation; "
                           f"{type_name} is abbreviated {_joined(known, 'or')} (“{fixed}”)")
        return Problem(f"Ký hiệu “{sym.text}”: “{code}” không phải chữ viết tắt tên loại văn bản",
                       f"Symbol “{sym.text}”: “{code}” is not a document type abbreviation")
    return _separator_problem(sym)


def _state_problem(sym: Symbol, respell_issuer: bool = True) -> Problem | None:
    vocab = vocabulary()
    if sym.code is not None and sym.issuer and vocab.is_party_issuer(sym.issuer) \
            and not vocab.is_state_issuer(sym.issuer):
        fixed = f"{_numbers(sym)}-{sym.code}/{sym.issuer}"
        return Problem(f"Ký hiệu “{sym.text}” trộn thể thức văn bản của Nhà nước với của Đảng: "
                       f"văn bản của Đảng ghi “{fixed}”",
                       f"Symbol “{sym.text}” mixes the State and Party forms: a Party document is written “{fixed}”")
    glued = glued_code(sym)
    if glued is not None:
        code, issuer = glued
        fixed = sym.canonical[:-len(sym.issuer)] + f"{code}-{issuer}"
        return Problem(f"Ký hiệu “{sym.text}” thiếu dấu gạch nối “-” giữa “{code}” và “{issuer}”: viết đúng là "
                       f"“{fixed}”",
                       f"Symbol “{sym.text}” lacks the hyphen “-” between “{code}” and “{issuer}”: write “{fixed}”")
    return _separator_problem(sym, respell_issuer)


def _fixed(sym: Symbol, respell_issuer: bool = True) -> str:
    """The canonical symbol with the abbreviation and the issuer spelled as the tables spell them."""
    canonical = sym.canonical
    if respell_issuer and sym.form != PARTY and sym.issuer:
        canonical = canonical[:-len(sym.issuer)] + _issuer_spelled(sym.issuer)
    if sym.spelled is None or sym.spelled == sym.code:
        return canonical
    if sym.form == PARTY:
        return canonical.replace(f"-{sym.code}/", f"-{sym.spelled}/", 1)
    head, _, tail = canonical.rpartition(f"/{sym.code}")
    return f"{head}/{sym.spelled}{tail}"


def _issuer_spelled(issuer: str) -> str:
    """"TTG" -> "TTg": the parts of a State issuer that the tables spell in mixed case."""
    spellings = vocabulary().issuer_spellings
    return "-".join(spellings.get(part.upper(), part) for part in issuer.split("-"))


def glued_code(sym: Symbol) -> tuple[str, str] | None:
    """A normative symbol whose type part is glued to its issuer ("21/2024/TTBTC",
    "64/2019/NĐCP"): the abbreviation and the issuer, or None.

    Only an abbreviation of a normative type, followed by an issuer of two or more capitals or
    digits, and never a body's own mark ("HĐND" is not "HĐ" + "ND")."""
    vocab = vocabulary()
    if sym.form != NORMATIVE or sym.code is not None or "-" in sym.issuer or vocab.is_state_issuer(sym.issuer) \
            or vocab.is_type_code(NORMATIVE, sym.issuer):
        return None  # "31/2023/NQLT/...": NQLT is an abbreviation of its own
    for code in sorted(vocab.codes[NORMATIVE], key=len, reverse=True):
        rest = sym.issuer[len(code):]
        if sym.issuer.startswith(code) and len(rest) >= 2 and rest.isupper():
            return code, rest
    return None


def _separator_problem(sym: Symbol, respell_issuer: bool = True) -> Problem | None:
    """Misspelt abbreviation, issuer letter case, missing slash, long dash, backslash, stray spaces."""
    fixed = _fixed(sym, respell_issuer)
    if fixed == sym.text:
        return None
    slips_vi, slips_en = [], []
    if respell_issuer and sym.form != PARTY and _issuer_spelled(sym.issuer) != sym.issuer:
        slips_vi.append(f"viết sai chữ hoa, chữ thường ở “{sym.issuer}”")
        slips_en.append(f"has the wrong letter case in “{sym.issuer}”")
    if sym.spelled is not None and sym.spelled != sym.code:
        if sym.spelled.upper() == sym.code.upper():
            slips_vi.append("viết sai chữ hoa, chữ thường")
            slips_en.append("has the wrong letter case")
        else:
            slips_vi.append(f"viết sai chữ viết tắt “{sym.code}” (đúng là “{sym.spelled}”)")
            slips_en.append(f"misspells the abbreviation “{sym.code}” (it is “{sym.spelled}”)")
    if sym.missing_slash:
        slips_vi.append("thiếu dấu gạch chéo “/”")
        slips_en.append("lacks the slash “/”")
    if sym.missing_dash:
        slips_vi.append("thiếu dấu gạch nối “-”")
        slips_en.append("lacks the hyphen “-”")
    if "–" in sym.text or "—" in sym.text:
        slips_vi.append("dùng dấu gạch ngang dài thay cho dấu gạch nối “-”")
        slips_en.append("uses a long dash instead of the hyphen “-”")
    if "\\" in sym.text:
        slips_vi.append("dùng dấu gạch chéo ngược “\\” thay cho “/”")
        slips_en.append("uses a backslash instead of “/”")
    after_numbers = sym.text[sym.numbers[-1].end - sym.part.start:]
    spaces = sum(ch.isspace() for ch in after_numbers) - (1 if sym.missing_slash else 0) \
        - (1 if sym.missing_dash else 0)
    if spaces > 0:
        slips_vi.append("có dấu cách thừa")
        slips_en.append("has stray spaces")
    if not slips_vi:
        slips_vi.append("viết sai dấu phân cách")
        slips_en.append("has wrong separators")
    # certain only for separators and spaces, with nothing but capitals after the type code (a
    # misspelt code may be a translation's "ND-CP"; "116/2014/NĐ-CP - Tiêu" runs into the next words)
    certain = sym.spelled in (None, sym.code) and not any(ch.islower() for ch in fixed.split(sym.code, 1)[-1])
    return Problem(f"Ký hiệu “{sym.text}” {', '.join(slips_vi)}: viết đúng là “{fixed}”",
                   f"Symbol “{sym.text}” {', '.join(slips_en)}: write “{fixed}”", fixed if certain else None)


def type_mismatch(citation: Citation) -> Problem | None:
    """The type word disagrees with the symbol's abbreviation, or None.

    Silent when KT301 already speaks (an unknown or State-only abbreviation in a Party symbol),
    for generic words ("Văn bản số ...") and for a State symbol without a type part, whose
    first part may be an issuer this linter does not know; for a "Công văn" with a State symbol
    (its first part may be its issuer's code), for a "Công văn" whose symbol has a year but no
    lawmaker's issuer (a bank's or a company's letter) and for documents older than today's forms.
    """
    sym, name = citation.symbol, citation.type_name
    vocab = vocabulary()
    if sym is None or name is None or name in vocab.generic or older_form(citation):
        return None
    if sym.form == STATE and name in vocab.untyped[STATE]:
        return None  # a công văn's symbol opens with its issuer's code: 318/CT-TTHT is of an office coded CT
    if sym.form == PARTY:
        if sym.spelled is None or sym.spelled in vocab.state_only:
            return None
        types = vocab.types_for(PARTY, sym.spelled) or vocab.types_for(STATE, sym.spelled)
    elif sym.code is None:
        if sym.form == STATE or glued_code(sym) is not None:
            return None  # KT301 says the hyphen is missing
        if name in vocab.untyped[STATE] and not vocab.by_lawmaker(sym.issuer):
            return None  # "công văn số 1812/2017/HR": a bank's or a company's letter, numbered its own way
        alone = vocab.spelled(NORMATIVE, sym.issuer)
        if alone is not None and name in vocab.types_for(NORMATIVE, alone):
            return None  # "31/2023/NQLT" cut before its issuers: the abbreviation agrees
        types = vocab.types_for(NORMATIVE, None)
        if name in types:
            return None
        codes = _codes_for(NORMATIVE, name)
        hint_vi = f" ({name} viết tắt là {_joined(codes, 'hoặc')})" if codes else ""
        hint_en = f" ({name} is abbreviated {_joined(codes, 'or')})" if codes else ""
        return Problem(f"Loại văn bản “{citation.type_word.text}” không khớp ký hiệu “{sym.text}”: ký hiệu không "
                       f"có phần tên loại, là ký hiệu của {_joined(types, 'hoặc')}{hint_vi}",
                       f"Type “{citation.type_word.text}” does not match the symbol “{sym.text}”: a symbol without "
                       f"a type part belongs to a {_joined(types, 'or')}{hint_en}")
    else:
        types = vocab.types_for(sym.form, sym.spelled) or vocab.types_for(STATE, sym.spelled)
        if not types:
            return None
    if name in types:
        return None
    whose, documents, whose_en, documents_en = _FORM_WORDS[sym.form]
    codes = _codes_for(sym.form, name) or (_codes_for(STATE, name) if sym.form == NORMATIVE else [])
    if codes:
        hint_vi = f" ({name} {whose} viết tắt là {_joined(codes, 'hoặc')})"
        hint_en = f" ({name} in {whose_en} is abbreviated {_joined(codes, 'or')})"
    else:
        hint_vi = f" ({documents} không có loại {name})"
        hint_en = f" ({documents_en} have no type {name})"
    return Problem(f"Loại văn bản “{citation.type_word.text}” không khớp ký hiệu “{sym.text}”: {sym.code} là "
                   f"{_joined(types, 'hoặc')}{hint_vi}",
                   f"Type “{citation.type_word.text}” does not match the symbol “{sym.text}”: {sym.code} stands "
                   f"for {_joined(types, 'or')}{hint_en}")


def specific_type(citation: Citation) -> str | None:
    """The type the citation's type word names, when it is specific ("Văn bản" is not) and
    agrees with the symbol; None otherwise (KT302 speaks about a disagreement)."""
    name = citation.type_name
    vocab = vocabulary()
    if name is None or name in vocab.generic or type_mismatch(citation) is not None:
        return None
    sym = citation.symbol
    if sym is not None and sym.form == STATE and sym.code is not None and name in vocab.untyped[STATE]:
        return None  # "Công văn số 412/HD-SNV": a letter, whatever type its symbol gives
    return name
