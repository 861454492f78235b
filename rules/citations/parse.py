"""Citations of other documents: find them, parse them, resolve short mentions.

    >>> from kiemtra_lint.rules.citations.parse import citations_in_text
    >>> [c.symbol.text for c in citations_in_text("Thực hiện Kết luận 14, 15-KL/TU của Tỉnh ủy")]
    ['14, 15-KL/TU']

Three steps, each cheap enough for a 200-page draft:

1. **Pre-filter.**  The shared symbol patterns (:data:`kiemtra_lint.patterns.PARTY_SYMBOL`,
   :data:`~kiemtra_lint.patterns.STATE_SYMBOL`, plus a loose form for slips such as "07-NQ HU")
   find anchors.  A window runs from the type word just before an anchor ("Nghị quyết số") to
   the end of the run of words after it that the grammar's own terminals can read (a date,
   "của" and an issuer, a term); "về", "được", ";" end it.
2. **Parse.**  ``grammar/citation.lark`` (Lark, LALR) reads the window; the longest prefix that
   parses is the citation, with the spans of its type word, symbol, numbers, date, issuer and
   term.  Parses are cached by window text, since drafts repeat their citations.
3. **Resolve.**  Short later mentions without a symbol ("Nghị quyết 35", "Chương trình hành
   động số 05 của Tỉnh ủy") are looked for only for documents already cited with a symbol, and
   point at the most recent such mention, as eyecite resolves short forms.  A "Kế hoạch 5 năm"
   or a "Chương trình 135" with no cited "05-KH/..." or "135-CTr/..." is never a citation.

The report's own number ("Số 112-BC/HU" in its header) is not a citation.

What a citation *means* (which type an abbreviation stands for, whether two issuers are the same
body) is data: :func:`vocabulary` reads ``rules/data/citations-types.toml``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple

import regex

from kiemtra_lint.labels import roman_value
from kiemtra_lint.patterns import NUMBER_LIST_BEFORE, PARTY_SYMBOL, STATE_SYMBOL, DateMatch, find_dates

if TYPE_CHECKING:
    from kiemtra_lint.document import Document

PARTY = "party"
STATE = "state"
NORMATIVE = "normative"

MAX_TAIL = 220  # characters after a symbol that may still belong to its citation


# ---------------------------------------------------------------------------------------------
# The model


class Part(NamedTuple):
    """A piece of a citation as written: ``text == block_text[start:end]``."""

    start: int
    end: int
    text: str

    def shifted(self, offset: int) -> "Part":
        return Part(self.start + offset, self.end + offset, self.text)


@dataclass(frozen=True, slots=True)
class Symbol:
    """A document symbol (số, ký hiệu) and its parts.

    ``form`` is the shape it is written in: ``"party"`` (35-NQ/TW), ``"state"`` (123/QĐ-UBND,
    123/UBND-VX) or ``"normative"`` (30/2020/NĐ-CP, 80/2015/QH13).  ``code`` is the type
    abbreviation as written, ``None`` when the symbol has no type part (a State công văn, a law).
    ``issuer`` is everything naming the issuing body ("TW", "BTGHU", "UBND-VX", "QH14").
    ``canonical`` is the symbol written by the book, with the same numbers and letters:
    "07-NQ/HU" for "07 - NQ/HU" or "07-NQ HU".
    """

    form: str
    part: Part
    numbers: tuple[Part, ...]
    code: str | None
    issuer: str
    year: int | None = None
    suffix: str | None = None
    canonical: str = ""
    missing_slash: bool = False  # "07-NQ HU"
    missing_dash: bool = False  # "117 KH/TU"
    spelled: str | None = None  # the abbreviation as the tables spell it ("CTr" for "Ctr"), if known

    @property
    def text(self) -> str:
        return self.part.text

    def shifted(self, offset: int) -> "Symbol":
        return Symbol(self.form, self.part.shifted(offset), tuple(n.shifted(offset) for n in self.numbers),
                      self.code, self.issuer, self.year, self.suffix, self.canonical, self.missing_slash,
                      self.missing_dash, self.spelled)

    def key(self, number: Part) -> tuple:
        """The identity of the document ``number`` names (leading zeros, letter case and a
        misspelt abbreviation aside: "5-ct/TW" and "05-CT/TW" name one document)."""
        code = (self.spelled or self.code or "").upper()
        issuer = self.issuer.upper()
        if self.form == NORMATIVE:
            return (NORMATIVE, int(number.text), self.year, code, issuer)
        return (self.form, int(number.text), code, issuer)


@dataclass(slots=True)
class Citation:
    """One mention of another document in one block.

    A *full* mention carries a symbol; a *short* mention ("Nghị quyết 35") carries only a type
    word and a number, and ``antecedent`` is the full mention it resolves to.  Every span counts
    code points of the block's text.
    """

    block: int
    start: int
    end: int
    text: str
    type_word: Part | None = None
    type_name: str | None = None  # the type the word names: "Chương trình" for "Chương trình hành động"
    symbol: Symbol | None = None
    number: Part | None = None  # the number of a short mention
    date: Part | None = None
    date_value: DateMatch | None = None  # day, month, year as written (the date may not exist)
    issuer: Part | None = None
    term: Part | None = None  # "khóa XIII"
    term_number: int | None = None
    antecedent: "Citation | None" = field(default=None, repr=False)

    @property
    def is_short(self) -> bool:
        return self.symbol is None

    @property
    def head(self) -> Part:
        """From the type word (or the first number) to the end of the symbol or number."""
        end = self.symbol.part.end if self.symbol is not None else self.number.end
        start = self.type_word.start if self.type_word is not None else self.start
        return Part(start, end, self.text[start - self.start:end - self.start])

    @property
    def keys(self) -> tuple[tuple, ...]:
        """The documents this mention names, one per number ("14, 15-KL/TU" names two)."""
        if self.symbol is not None:
            return tuple(self.symbol.key(n) for n in self.symbol.numbers)
        if self.antecedent is not None and self.antecedent.symbol is not None:
            sym = self.antecedent.symbol
            return tuple(sym.key(n) for n in sym.numbers if int(n.text) == int(self.number.text))
        return ()

    def placed(self, block: int, offset: int, block_text: str) -> "Citation":
        """This citation, parsed from a window, moved to ``offset`` in block ``block``."""
        d = self.date_value
        if d is not None:
            d = DateMatch(d.start + offset, d.end + offset, d.day, d.month, d.year)
        start, end = self.start + offset, self.end + offset
        word, sym, number, date, issuer, term = \
            self.type_word, self.symbol, self.number, self.date, self.issuer, self.term
        return Citation(block, start, end, block_text[start:end],
                        word and Part(word.start + offset, word.end + offset, word.text), self.type_name,
                        sym and sym.shifted(offset),
                        number and Part(number.start + offset, number.end + offset, number.text),
                        date and Part(date.start + offset, date.end + offset, date.text), d,
                        issuer and Part(issuer.start + offset, issuer.end + offset, issuer.text),
                        term and Part(term.start + offset, term.end + offset, term.text), self.term_number)


# ---------------------------------------------------------------------------------------------
# The vocabulary: type words and abbreviations (rules/data/citations-types.toml)


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """Type words and the abbreviations that stand for them, per symbol form."""

    codes: dict  # form -> {abbreviation: (type names)}
    untyped: dict  # form -> type names a symbol without a type part agrees with
    state_only: frozenset  # abbreviations only State documents use ("QyĐ")
    generic: frozenset  # type words that name no particular type ("Văn bản")
    named: frozenset  # type words that may carry a name before "số" (Luật An ninh mạng số ...)
    party_issuer_endings: tuple
    state_issuer_starts: tuple
    names: dict  # lower-case type word -> the type it names ("chương trình hành động" -> "Chương trình")
    forms_since: int  # the first year whose symbols follow today's forms
    issued_with: dict  # type -> State abbreviations of the decision it is issued with ("Quy định" -> ("QĐ",))
    issuer_spellings: dict  # upper-case issuer part -> its spelling ("TTG" -> "TTg")
    lawmakers: tuple = ()  # issuers of the normative symbols without a type part ("QH", "UBTVQH")

    def by_lawmaker(self, issuer: str) -> bool:
        """Whether ``issuer`` ("QH14", "UBTVQH15") is one that issues laws and ordinances."""
        head = issuer.upper().rstrip("0123456789")
        return head in self.lawmakers

    @property
    def type_words(self) -> list[str]:
        """Every type word in lower case, longest first ("chương trình hành động" before "chương trình")."""
        return sorted(self.names, key=lambda w: (-len(w), w))

    def type_name(self, word: str) -> str | None:
        """The type a type word names, whatever its case: "NGHỊ QUYẾT" -> "Nghị quyết"."""
        return self.names.get(" ".join(word.lower().split()))

    def types_for(self, form: str, code: str | None) -> tuple[str, ...]:
        """The types an abbreviation stands for in ``form`` (case as in the table)."""
        if code is None:
            return tuple(self.untyped.get(form, ()))
        return tuple(self.codes.get(form, {}).get(code, ()))

    def spelled(self, form: str, code: str) -> str | None:
        """The table's spelling of ``code`` in ``form``, ignoring case and a missing stroke on Đ
        ("Ctr" -> "CTr", "ND" -> "NĐ")."""
        table = self.codes.get(form, {})
        if code in table:
            return code
        upper, loose = _loose_codes(self, form)
        return upper.get(code.upper()) or loose.get(_loose(code))

    def spelled_in(self, forms: Iterable[str], code: str) -> str | None:
        """The spelling of ``code`` in the first of ``forms`` whose table knows it."""
        return next((found for f in forms if (found := self.spelled(f, code)) is not None), None)

    def is_type_code(self, form: str, code: str) -> bool:
        return self.spelled(form, code) is not None

    def is_party_issuer(self, issuer: str) -> bool:
        return _is_party_issuer(self, issuer)

    def is_state_issuer(self, issuer: str) -> bool:
        return _is_state_issuer(self, issuer)


# a draft names few issuers, each many times: their answers are kept
@lru_cache(maxsize=4096)
def _is_party_issuer(vocab: Vocabulary, issuer: str) -> bool:
    head = issuer.split("-")[0].upper()
    return any(head.endswith(e) for e in vocab.party_issuer_endings)


@lru_cache(maxsize=4096)
def _is_state_issuer(vocab: Vocabulary, issuer: str) -> bool:
    head = issuer.split("-")[0]
    return any(head.upper().startswith(s.upper()) for s in vocab.state_issuer_starts)


def _loose(code: str) -> str:
    return code.upper().replace("Đ", "D")


@lru_cache(maxsize=8)
def _loose_codes(vocab: Vocabulary, form: str) -> tuple[dict[str, str], dict[str, str]]:
    """The abbreviations of ``form`` by upper case, and by upper case without the stroke on Đ
    (where that is unambiguous: "DA" is Dự án, "ĐA" Đề án)."""
    codes = vocab.codes.get(form, {})
    loose: dict[str, list[str]] = {}
    for c in codes:
        loose.setdefault(_loose(c), []).append(c)
    return {c.upper(): c for c in codes}, {k: v[0] for k, v in loose.items() if len(v) == 1}


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    from kiemtra_lint.files import load_toml
    from kiemtra_lint.rules import rules_data

    raw = load_toml(rules_data("citations-types.toml"))
    codes = {form: {code: tuple(types) for code, types in raw[form].items()} for form in (PARTY, STATE, NORMATIVE)}
    untyped = {STATE: tuple(raw["untyped-state"]["types"]), NORMATIVE: tuple(raw["untyped-normative"]["types"])}
    simple = [t for table in codes.values() for types in table.values() for t in types]
    simple += [*untyped[STATE], *untyped[NORMATIVE], *raw["generic"]["types"], *raw["named"]["types"]]
    names = {t.lower(): t for t in simple}
    names.update((word.lower(), name) for word, name in raw["compound"].items())
    marks = raw["issuer-marks"]
    return Vocabulary(codes=codes, untyped=untyped, state_only=frozenset(raw["state-only"]["codes"]),
                      generic=frozenset(raw["generic"]["types"]), named=frozenset(raw["named"]["types"]),
                      party_issuer_endings=tuple(marks["party-endings"]),
                      state_issuer_starts=tuple(marks["state-starts"]), names=names,
                      forms_since=int(raw["forms"]["current-since"]),
                      issued_with={t: tuple(codes) for t, codes in raw["issued-with"].items()},
                      issuer_spellings={p.upper(): p for p in raw["issuer-spellings"]["parts"]},
                      lawmakers=tuple(raw["untyped-normative"]["issuers"]))


# ---------------------------------------------------------------------------------------------
# The grammar


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def _parser():
    from kiemtra_lint.grammar import grammar_text, lalr_parser

    vocab = vocabulary()
    named = {w.lower() for w in vocab.named}
    others = [w for w in vocab.type_words if w not in named]
    text = grammar_text("citation") + (
        f"\nTYPE_WORD.3: /(?i:{_alternation(others)})(?![\\p{{L}}])/"
        f"\nLAW_WORD.4: /(?i:{_alternation(sorted(named, key=lambda w: (-len(w), w)))})(?![\\p{{L}}])/\n")
    return lalr_parser(text, lexer="contextual", regex=True)


# ---------------------------------------------------------------------------------------------
# Pre-filter: anchors and windows


@dataclass(frozen=True)
class _Scanner:
    """The regexes of the pre-filter, built once from the vocabulary."""

    prescan: regex.Pattern  # a number followed by a separator and a capital: where a symbol may start
    loose: regex.Pattern  # slips the shared symbol patterns do not cover: "07-NQ HU", "123 / QĐ-UBND",
    # "45/2017-NĐ-CP"
    named_before: regex.Pattern  # a law's type word, its name and "số" just before a number
    own_number: regex.Pattern  # "Số 112-BC/HU", the report's own number
    tail_start: regex.Pattern  # what may follow a symbol in its citation: a date, "của", a term ...
    unit_after: regex.Pattern  # "Kế hoạch 5 năm": a count, not a document number
    spaced_party: regex.Pattern  # "117 KH/TU": a Party symbol with a space for its dash
    spaced_slash: regex.Pattern  # the slash of such a symbol
    spaced_head: regex.Pattern  # its number, space and abbreviation, read backwards from the slash


@lru_cache(maxsize=1)
def _scanner() -> _Scanner:
    vocab = vocabulary()
    codes = sorted({c for table in vocab.codes.values() for c in table}, key=lambda c: (-len(c), c))
    code_alt = _alternation(codes)
    party_codes = sorted(vocab.codes[PARTY], key=lambda c: (-len(c), c))
    named = sorted(vocab.named, key=lambda w: (-len(w), w))
    return _Scanner(
        prescan=regex.compile(r"(?<![\p{L}\p{N}/])\d{1,5}(?:\s?[-–—]\s?\p{Lu}|\s?/\s?(?:\d{4}\s?[/-]\s?)?\p{Lu})"),
        loose=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}/])\d{{1,5}}(?:\s*[-–—]\s*(?:{code_alt})\s+[\p{{Lu}}]{{2,}}(?![\p{{L}}])"
            rf"|(?:\s+/\s*|/\s+)(?:\d{{4}}\s*/\s*)?(?:{code_alt})\s*-\s*[\p{{Lu}}][\p{{L}}\p{{N}}]*"
            rf"|\s*/\s*\d{{4}}\s*-\s*(?:{code_alt})\s*-\s*[\p{{Lu}}][\p{{L}}\p{{N}}]*)"),
        named_before=regex.compile(rf"(?<![\p{{L}}])(?i:{_alternation(named)})(?:[ ,]+[\p{{L}}]+){{0,8}}?"
                                    rf"(?:\s+(?i:số):?)?\s*\Z"),
        own_number=regex.compile(r"^\s*(?i:số)\s*:?\s*$"),
        tail_start=regex.compile(r"[ \t\u00a0]*(?:[-–—/\\]|,?[ \t\u00a0]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\("
                                  r"|(?i:ngày|của|do|ban|kh[oó])(?![\p{L}])))"),
        unit_after=regex.compile(r"\s*(?:năm|tháng|ngày|tuần|giờ|lần|%|người|đồng|xã|tỉnh|huyện)(?![\p{L}])"),
        spaced_slash=regex.compile(rf"(?<=\d\s(?:{_alternation(party_codes)}))/"),
        spaced_head=regex.compile(rf"\d{{1,5}}\s(?:{_alternation(party_codes)})", regex.REVERSE),
        spaced_party=regex.compile(rf"(?<![\p{{L}}\p{{N}}/])(\d{{1,5}})\s((?:{_alternation(party_codes)})/[\p{{Lu}}]"
                                   rf"[\p{{Lu}}\p{{N}}]{{1,11}})(?![\p{{L}}\p{{N}}])"),
    )


# the separator after the first number of a symbol (and maybe a space), with the capital that
# follows it (and the year of "30/2020/NĐ-CP" between): every match of the pre-scan holds one.
# Looking for these first is several times faster than the pre-scan itself, which starts at
# every digit.
_SEPARATOR = regex.compile(r"(?<=\d\s?)[-–—/](?=\s?(?:\d{4}\s?[/-]\s?)?\p{Lu})")
_NUMBER_BEFORE = regex.compile(r"\d{1,5}\s?", regex.REVERSE)


def _prescan(text: str) -> Iterator[regex.Match]:
    """The matches of ``_scanner().prescan.finditer(text)``, trying the pre-scan only at the
    number (up to five digits, maybe a space) just before a separator."""
    prescan = _scanner().prescan
    pos = 0  # where the previous match ended
    for sep in _SEPARATOR.finditer(text):
        if sep.start() <= pos:
            continue
        number = _NUMBER_BEFORE.match(text, pos, sep.start())
        if number is not None and (m := prescan.match(text, number.start())):
            yield m
            pos = m.end()


def _spaced_party_starts(text: str) -> list[int]:
    """The starts of ``_scanner().spaced_party`` matches ("117 KH/TU"), found from their slash:
    a slash right after a digit, a space and a Party abbreviation is rare, and finding it first
    spares trying the pattern at every digit."""
    sc = _scanner()
    out = []
    for slash in sc.spaced_slash.finditer(text):
        start = sc.spaced_head.match(text, 0, slash.start()).start()
        if sc.spaced_party.match(text, start, start + 40):
            out.append(start)
    return out


def _anchors(text: str) -> list[tuple[int, int]]:
    """Where symbols may start and end, in text order (a later anchor inside a citation is skipped)."""
    sc = _scanner()
    found = []
    candidates = [m.start() for m in _prescan(text)]
    spaced = _spaced_party_starts(text) if "/" in text else []
    if spaced:
        candidates = sorted(set(candidates).union(spaced))
    for pos in candidates:
        end = pos + 64  # bound every match: the regex module may scan to endpos for a required literal
        m = PARTY_SYMBOL.match(text, pos, end) or sc.loose.match(text, pos, end)
        if m is None:
            m = STATE_SYMBOL.match(text, pos, end)
            if m is not None and m.group(3).isdigit():
                m = None
        m = m or sc.spaced_party.match(text, pos, end)
        if m is not None:
            found.append((pos, m.end()))
    return found


def _window_start(text: str, anchor: int) -> int:
    """Extend an anchor back over a number list ("14, ") and the type word ("Nghị quyết số ")."""
    start = anchor
    # the list ends in "," or "và", maybe with a space: NUMBER_LIST_BEFORE is tried only then
    if start > 1 and (text[start - 1] == "," or (text[start - 1] == " " and text[start - 2] in ",à")):
        m = NUMBER_LIST_BEFORE.search(text, max(0, start - 40), start)
        if m:
            start = m.start()
    head = _type_word_before(text, start)
    if head is None:
        head = _named_head_start(text, start)
    return head if head is not None else start


_TOKEN = regex.compile(r"\S+")
_LAST_TOKEN = regex.compile(r"\S+", regex.REVERSE)  # the token ending at endpos


@lru_cache(maxsize=1)
def _last_words() -> frozenset[str]:
    """The last word of every type word, in lower case ("quyết" of "nghị quyết")."""
    return frozenset(name.split(" ")[-1] for name in vocabulary().names)


def _type_word_before(text: str, end: int) -> int | None:
    """Where the type word ending just before ``end`` ("... Chương trình hành động số |05") starts.

    Plain string work over the last four words: this runs for every anchor and every number
    that may be a short mention, so it avoids regex searches anchored at the end.
    """
    lo = max(0, end - 48)
    segment = text[lo:end].rstrip()
    low = segment.lower()
    for so in ("số:", "số"):
        if low.endswith(so) and (len(low) == len(so) or not low[-len(so) - 1].isalpha()):
            segment = segment[:-len(so)].rstrip()
            break
    # most anchors have no type word before them: the phrase would end with the last token
    last = _LAST_TOKEN.match(segment, 0, len(segment))
    if last is None or not last.group().isalpha() or last.group().lower() not in _last_words():
        return None
    tokens = []  # the words (at most four) that end the segment
    for t in reversed(list(_TOKEN.finditer(segment))[-4:]):
        if not t.group().isalpha():
            break
        tokens.insert(0, t)
    names = vocabulary().names
    for i, first in enumerate(tokens):  # the longest phrase first: "Chương trình hành động" before "hành động"
        if first.start() == 0 and lo > 0 and text[lo - 1].isalpha():
            continue  # a word cut by the look-back window
        if " ".join(t.group().lower() for t in tokens[i:]) in names:
            return lo + first.start()
    return None


def _named_head_start(text: str, start: int) -> int | None:
    """"Luật An ninh mạng số ": the type word nearest to the number, with at most 8 name words."""
    lo = max(0, start - 120)
    segment = text[lo:start].lower()
    found = []  # (where the word ends, where it starts): "Bộ luật" and its "luật" end together
    for word in vocabulary().named:
        i = segment.rfind(word.lower())
        if i >= 0 and _scanner().named_before.match(text, lo + i, start):
            found.append((i + len(word), -i))
    return lo - max(found)[1] if found else None


def _window_end(text: str, after: int) -> int:
    """Where the window of a citation whose symbol (or number) ends at ``after`` ends.

    Right after the symbol when nothing that can follow a symbol comes next (a separator, a
    date, "của", "do", "ban hành", a term): most windows are then "type word số symbol", which
    repeat, so the parse cache answers them.  Otherwise after the run of words that the
    grammar's symbol, date, issuer and term terminals can read ("về", "được", "." end it).
    """
    if not _scanner().tail_start.match(text, after, after + 16):
        return after
    return _tail_words().match(text, after, min(len(text), after + MAX_TAIL)).end()


_TAIL_RULES = {"symbol", "numbers", "after", "_item", "date", "issuer", "_issuer_word", "term"}


@lru_cache(maxsize=1)
def _tail_words() -> regex.Pattern:
    """Any run of the terminals that may follow a symbol, built from the grammar itself."""
    parser = _parser()
    names = {sym.name for r in parser.rules if r.origin.name in _TAIL_RULES for sym in r.expansion if sym.is_term}
    names.discard("SUFFIX")  # any short word; the "/nb" of "5053-CV/VPTW/nb" is inside the anchor already
    alternatives = []
    # in the lexer's order (priority, then length), so that a date is read before its day
    for t in sorted(parser.terminals, key=lambda t: (-t.priority, -len(t.pattern.to_regexp()))):
        if t.name in names:
            body = t.pattern.to_regexp()
            alternatives.append(f"(?i:{body})" if "i" in t.pattern.flags else f"(?:{body})")
    return regex.compile(rf"(?:[ \t\u00a0]+|{'|'.join(alternatives)})*")


# ---------------------------------------------------------------------------------------------
# Parsing a window


@lru_cache(maxsize=4096)
def _parse_window(window: str) -> Citation | None:
    """The citation at the start of ``window`` (offsets relative to it), or None."""
    text = window.rstrip()
    for _ in range(12):
        if not text:
            return None
        outcome = _parse_once(text)
        if not isinstance(outcome, int):
            return outcome
        cut = outcome
        if not cut or cut >= len(text):
            return None
        text = text[:cut].rstrip()
    return None


@lru_cache(maxsize=8192)
def _parse_once(text: str) -> Citation | int | None:
    """One parse of ``text``: the citation, None when it cannot start one, or where the parse
    failed (the window is then cut there and parsed again).  Cached apart from the windows:
    windows that differ in what follows the citation ("35-NQ/TW, Ban ...", "35-NQ/TW, ngày
    ...") are cut to the same text."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

    try:
        tree = _parser().parse(text)
    except UnexpectedCharacters as exc:
        return exc.pos_in_stream
    except UnexpectedToken as exc:
        return exc.token.start_pos if exc.token.start_pos is not None else 0
    except (UnexpectedEOF, UnexpectedInput):
        return None
    return _build(tree, text)


def _tokens(tree) -> list:
    return list(tree.scan_values(lambda _: True))


def _part(text: str, first, last) -> Part:
    return Part(first.start_pos, last.end_pos, text[first.start_pos:last.end_pos])


def _build(tree, text: str) -> Citation:
    vocab = vocabulary()
    citation = Citation(block=0, start=0, end=0, text="")
    tokens = _tokens(tree)
    citation.start, citation.end = tokens[0].start_pos, tokens[-1].end_pos
    citation.text = text[citation.start:citation.end]
    for child in tree.children:
        if not hasattr(child, "data"):  # the NUMBER of a short mention
            citation.number = Part(child.start_pos, child.end_pos, child.value)
        elif child.data == "head":
            word = child.children[0]
            citation.type_word = Part(word.start_pos, word.end_pos, word.value)
            citation.type_name = vocab.type_name(word.value)
        elif child.data == "after":
            for item in child.children:
                _read_after_item(item, text, citation)
        else:
            citation.symbol = _symbol(child, text)
    return citation


def _symbol(tree, text: str) -> Symbol:
    vocab = vocabulary()
    tokens = _tokens(tree)
    part = _part(text, tokens[0], tokens[-1])
    first = tokens[0]
    numbers = tuple(Part(first.start_pos + m.start(), first.start_pos + m.end(), m.group())
                    for m in regex.finditer(r"\d+", first.value))
    words = [t.value for t in tokens if t.type in ("CODE", "CAPS", "PART_CODE")]
    form = str(tree.data)
    if form in ("party", "party_without_slash"):
        code, issuer = words[0], words[1]
        suffix = next((t.value for t in tokens if t.type == "SUFFIX"), None)
        canonical = f"{first.value}-{code}/{issuer}" + (f"/{suffix}" if suffix else "")
        return Symbol(PARTY, part, numbers, code, issuer, None, suffix, canonical,
                      missing_slash=form == "party_without_slash",
                      spelled=vocab.spelled_in((PARTY, STATE, NORMATIVE), code))
    year_token = next((t for t in tokens if t.type == "YEAR"), None)
    year = int(year_token.value) if year_token is not None else None
    sym_form = NORMATIVE if year is not None else STATE
    # a normative symbol's type part may be an older State type (18/2008/CT-TTg)
    spelled = vocab.spelled_in((sym_form, STATE), words[0])
    if spelled is not None and (len(words) > 1 or sym_form == STATE):
        code, rest = words[0], words[1:]
    else:
        code, rest, spelled = None, words, None
    body = "-".join(words)
    canonical = f"{first.value}/{year}/{body}" if year is not None else f"{first.value}/{body}"
    return Symbol(sym_form, part, numbers, code, "-".join(rest), year, None, canonical, spelled=spelled)


def _read_after_item(item, text: str, citation: Citation) -> None:
    tokens = [t for t in _tokens(item) if t.type not in ("COMMA", "CUA", "DO", "BAN_HANH", "LPAR", "RPAR")]
    if item.data in ("date_numeric", "date_words") and citation.date is None:
        if item.data == "date_numeric":
            tokens = [t for t in tokens if t.type == "DATE_NUM"]
        part = _part(text, tokens[0], tokens[-1])
        found = find_dates(part.text) or _mistyped_year(part.text)
        if found:
            d = found[0]
            citation.date = part
            citation.date_value = DateMatch(part.start + d.start, part.start + d.end, d.day, d.month, d.year)
    elif item.data == "issuer" and citation.issuer is None:
        citation.issuer = _part(text, tokens[0], tokens[-1])
    elif item.data == "term" and citation.term is None:
        numeral = tokens[-1].value
        citation.term = _part(text, tokens[0], tokens[-1])
        citation.term_number = int(numeral) if numeral.isdigit() else roman_value(numeral)


_FIVE_DIGIT_YEAR = regex.compile(r"(\d{1,2})\D+(\d{1,2})\D+(\d{5})$")


def _mistyped_year(date_text: str) -> list[DateMatch]:
    """"15/9/20190", "ngày 15 tháng 9 năm 20190": a date whose year has a digit too many (the
    shared date patterns read four-digit years only)."""
    m = _FIVE_DIGIT_YEAR.search(date_text)
    if m is None:
        return []
    return [DateMatch(0, len(date_text), int(m.group(1)), int(m.group(2)), int(m.group(3)))]


# ---------------------------------------------------------------------------------------------
# Finding citations in a text and in a document


def citations_in_text(text: str, block: int = 0) -> list[Citation]:
    """Full mentions (those with a symbol) in ``text``, in text order."""
    if "/" not in text and "-" not in text and "–" not in text and "—" not in text:
        return []
    sc = _scanner()
    out: list[Citation] = []
    covered = 0
    for anchor, anchor_end in _anchors(text):
        if anchor < covered:
            continue
        start = _window_start(text, anchor)
        if start < covered:
            start = anchor
        if start <= 8 and sc.own_number.match(text[:start]):  # (a bounded slice: match(text, 0, start) scans)
            covered = anchor_end
            continue
        end = _window_end(text, anchor_end)
        window = text[start:end]
        gap = _missing_dash(text, anchor, start)
        if gap is not None:
            window = window[:gap - start] + "-" + window[gap - start + 1:]  # same length: offsets hold
        parsed = _parse_window(window)
        if parsed is None or parsed.symbol is None or not _plausible(parsed):
            continue
        citation = parsed.placed(block, start, text)
        if gap is not None:
            citation.symbol = _with_missing_dash(citation.symbol, text)
        out.append(citation)
        covered = citation.end
    return out


def _missing_dash(text: str, anchor: int, start: int) -> int | None:
    """Where a space stands for the dash of a Party symbol ("Kế hoạch số 117 KH/TU"), when a type
    word opens the window (a number and an abbreviation alone are too loose a clue)."""
    m = _scanner().spaced_party.match(text, anchor, anchor + 40)
    if m is None or start == anchor:
        return None
    return m.start(2) - 1


def _with_missing_dash(sym: Symbol, text: str) -> Symbol:
    """The symbol read with a dash put in for the space, as written."""
    part = Part(sym.part.start, sym.part.end, text[sym.part.start:sym.part.end])
    return replace(sym, part=part, missing_dash=True)


def _plausible(c: Citation) -> bool:
    """A bare State symbol needs an issuer part or a year: "10/A1" is a class, not a document."""
    sym = c.symbol
    if c.type_word is not None or sym.form != STATE:
        return True
    return bool(sym.code and sym.issuer) or "-" in sym.issuer


def find_citations(source: "Document | str") -> list[Citation]:
    """Every citation in reading order: full mentions, then resolved short mentions among them.

    ``source`` is a Document (every block: paragraphs, headings, table cells, footnotes) or a
    plain string (one block, index 0).
    """
    texts = [(0, source)] if isinstance(source, str) else [(b.index, b.text) for b in source.blocks]
    full: list[Citation] = []
    for index, text in texts:
        full.extend(citations_in_text(text, index))
    short = _short_mentions(texts, full)
    return sorted(full + short, key=lambda c: (c.block, c.start))


# a number standing alone: not part of a symbol, a fraction, a decimal or a list ("35" in "Nghị quyết 35")
_LONE_NUMBER = regex.compile(r"(?<![\p{L}\p{N}/.,])\d{1,5}(?![\p{N}]|\s*[-–—/]\s*[\p{Lu}\p{N}]|\s*,\s*\d|\.\d)")


def _short_mentions(texts: list[tuple[int, str]], full: list[Citation]) -> list[Citation]:
    """Short mentions of documents cited in full: "Nghị quyết 35", "Chương trình hành động số 05".

    Only the numbers of documents already cited are looked for, and only where a type word stands
    right before them; the type word must name the type of an earlier full mention.
    """
    by_number: dict[int, list[Citation]] = {}
    for c in full:
        for n in c.symbol.numbers:
            by_number.setdefault(int(n.text), []).append(c)
    if not by_number:
        return []
    sc = _scanner()
    taken: dict[int, tuple[list[int], list[int]]] = {}  # block -> (starts, ends) of full mentions, in order
    for c in full:
        starts, ends = taken.setdefault(c.block, ([], []))
        starts.append(c.start)
        ends.append(c.end)
    out: list[Citation] = []
    earlier = _Antecedents(by_number)
    for index, text in texts:
        starts, ends = taken.get(index, ((), ()))
        for m in _lone_numbers(text, by_number):
            i = bisect_right(starts, m.start()) - 1
            if (i >= 0 and m.start() < ends[i]) or sc.unit_after.match(text, m.end(), m.end() + 12):
                continue
            start = _type_word_before(text, m.start())
            if start is None:
                continue
            parsed = _parse_window(text[start:_window_end(text, m.end())])
            if parsed is None or not parsed.is_short:
                continue
            mention = parsed.placed(index, start, text)
            mention.antecedent = earlier.find(mention)
            if mention.antecedent is not None:
                out.append(mention)
    return out


_DIGIT_RUN = regex.compile(r"\d+")


def _lone_numbers(text: str, numbers: dict[int, object]) -> list[regex.Match]:
    """The matches of ``_LONE_NUMBER.finditer(text)`` whose number is one of ``numbers``.

    Every run of digits is read once and looked up in ``numbers`` (a dict): the cost grows with
    the text alone, not with how many documents the draft cites.  _LONE_NUMBER, with its
    look-arounds, is tried only at the runs whose value is wanted (five digits at most).
    """
    out = []
    for run in _DIGIT_RUN.finditer(text):
        digits = run.group()
        if len(digits) <= 5 and int(digits) in numbers and (m := _LONE_NUMBER.match(text, run.start())):
            out.append(m)
    return out


class _Antecedents:
    """The full mentions a short mention may point to, by number and by the type they may be
    called by, in reading order."""

    def __init__(self, by_number: dict[int, list[Citation]]) -> None:
        self._by_number = by_number
        self._by_type: dict[tuple[int, str | None], list[Citation]] = {}

    def find(self, mention: Citation) -> Citation | None:
        """The most recent full mention before ``mention`` with its number and a compatible type."""
        key = (int(mention.number.text), mention.type_name)
        typed = self._by_type.get(key)
        if typed is None:
            typed = self._by_type[key] = [c for c in self._by_number[key[0]] if key[1] in _types_of(c)]
        before = bisect_left(typed, (mention.block, mention.start), key=lambda c: (c.block, c.start))
        return typed[before - 1] if before else None


def _types_of(c: Citation) -> set[str]:
    """The types a full mention may be called by: its type word's, else its abbreviation's."""
    if c.type_name:
        return {c.type_name}
    return set(vocabulary().types_for(c.symbol.form, c.symbol.code))


def parse_symbol(text: str) -> Symbol | None:
    """``text`` read as one bare symbol ("35-NQ/TW", "30/2020/NĐ-CP"), or None if it is not one."""
    text = text.strip()
    parsed = _parse_window(text) if text else None
    if parsed is None or parsed.symbol is None or parsed.type_word is not None or parsed.end != len(text):
        return None
    return parsed.symbol
