"""The pre-filter of the citation finder gives what the plain scans it replaced gave, and a long
text with many citations costs work in proportion to it.

The references are the regexes the module keeps (the pre-scan, _LONE_NUMBER) and, for the
functions whose body changed, the former code copied here.
"""

import random

import regex

from kiemtra_lint.rules.citations import parse as C
from kiemtra_lint.patterns import NUMBER_LIST_BEFORE

TYPES = ["Nghị quyết", "nghị quyết", "NGHỊ QUYẾT", "Chỉ thị", "Kế hoạch", "Chương trình hành động", "Chương trình",
         "Luật", "Luật An ninh mạng", "Bộ luật Lao động", "Pháp lệnh", "Quyết định", "Công văn", "Kết luận", "Đề án",
         ""]
CODES = ["NQ", "CT", "KH", "CTr", "Ctr", "QĐ", "KL", "HD", "ĐA", "KHHĐ", "QyĐ", "CV"]
ISSUERS = ["TW", "TU", "HU", "BTGHU", "UBND", "UBND-VX", "CP", "TTg", "QH14", "VPTW"]
FILLERS = ["Ban Chấp hành Đảng bộ huyện đã lãnh đạo", "thực hiện", "theo", "đạt tỷ lệ 92,45%;", "49/53 trường",
           "Kế hoạch 5 năm", "Chương trình 135", "năm 2023", "Sở Nội vụ có", "(khóa XII)", "được", ",", ".", ";", "\n",
           "123456", "10/A1", "３５", "x²", "Nghị quyết 35", "Nghị quyết số 05", "Chỉ thị số 14", "Kế hoạch 123",
           "Chương trình hành động số 05", "Kết luận 15", "nghị quyết 5", "Chỉ thị 35", "Luật 24", "035", "0035"]


def generated(seed: int, count: int) -> list[str]:
    """Citations written well and badly ("07 - NQ/HU", "14, 15-KL/TU", "123/QĐ-UBND") among prose."""
    rng = random.Random(seed)
    numbers = ["35", "05", "5", "14", "15", "035", "123", "07", "68", "24", "01", "123456"]

    def number():
        return rng.choice(numbers)

    def space():
        return rng.choice(["", "", "", " "])

    def symbol():
        n = number() if rng.random() < 0.85 else f"{number()}{rng.choice([', ', ' và ', ','])}{number()}"
        k = rng.random()
        if k < 0.5:
            return (f"{n}{space()}{rng.choice('-–—')}{space()}{rng.choice(CODES)}{rng.choice(['/', '/', ' ', ' / '])}"
                    f"{rng.choice(ISSUERS)}")
        if k < 0.8:
            return f"{n}{space()}/{space()}{rng.choice(CODES)}-{rng.choice(ISSUERS)}"
        return f"{n}/{rng.choice(['2020', '2018'])}/{rng.choice(['NĐ-CP', 'QH13', 'TT-BNV'])}"

    def citation():
        parts = [rng.choice(TYPES), rng.choice(["số", "số:", "Số", ""]), symbol() if rng.random() < 0.8 else number()]
        if rng.random() < 0.6:
            parts.append(rng.choice([", ngày 22/10/2018", " ngày 06 tháng 01 năm 2022", ", 14/01/2019"]))
        if rng.random() < 0.5:
            parts.append(rng.choice([" của Bộ Chính trị", " của Tỉnh ủy", " do Bộ Chính trị ban hành"]))
        return (" " if rng.random() < 0.8 else "").join(p for p in parts if p)

    return [rng.choice([" ", ", ", "; ", "\n"]).join(citation() if rng.random() < 0.5 else rng.choice(FILLERS)
                                                     for _ in range(rng.randint(1, 10)))
            for _ in range(count)]


def test_the_prescan_finds_what_the_regex_finds():
    prescan = C._scanner().prescan
    for text in generated(1, 3000):
        assert [m.span() for m in C._prescan(text)] == [m.span() for m in prescan.finditer(text)], text


def test_lone_numbers_are_those_the_regex_finds():
    numbers = {35, 5, 14, 123, 2018, 0}
    texts = generated(2, 3000) + ["٣٥ và ３５ và 0035 và 00035 và 000035 và 0 và 00 và 35.5 và 35,5"]
    for text in texts:
        want = [m.span() for m in C._LONE_NUMBER.finditer(text) if int(m.group()) in numbers]
        assert [m.span() for m in C._lone_numbers(text, numbers)] == want, text


def _type_word_before_reading_every_word(text, end):
    """_type_word_before before its shortcut: the last four words are always split and joined."""
    lo = max(0, end - 48)
    segment = text[lo:end].rstrip()
    low = segment.lower()
    for so in ("số:", "số"):
        if low.endswith(so) and (len(low) == len(so) or not low[-len(so) - 1].isalpha()):
            segment = segment[:-len(so)].rstrip()
            break
    tokens = []
    for t in reversed(list(regex.finditer(r"\S+", segment))[-4:]):
        if not t.group().isalpha():
            break
        tokens.insert(0, t)
    names = C.vocabulary().names
    for i, first in enumerate(tokens):
        if first.start() == 0 and lo > 0 and text[lo - 1].isalpha():
            continue
        if " ".join(t.group().lower() for t in tokens[i:]) in names:
            return lo + first.start()
    return None


def _window_start_always_looking_for_a_list(text, anchor):
    start = anchor
    if start > 1 and text[start - 1] in " ,":
        m = NUMBER_LIST_BEFORE.search(text, max(0, start - 40), start)
        if m:
            start = m.start()
    head = _type_word_before_reading_every_word(text, start)
    if head is None:
        head = C._named_head_start(text, start)
    return head if head is not None else start


def test_the_window_starts_where_it_started():
    for text in generated(3, 200):
        for pos in range(len(text) + 1):
            assert C._type_word_before(text, pos) == _type_word_before_reading_every_word(text, pos), (text, pos)
            assert C._window_start(text, pos) == _window_start_always_looking_for_a_list(text, pos), (text, pos)


def _parse_window_parsing_every_cut(window):
    """_parse_window without the cache of single parses."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

    text = window.rstrip()
    for _ in range(12):
        if not text:
            return None
        try:
            tree = C._parser().parse(text)
        except UnexpectedCharacters as exc:
            cut = exc.pos_in_stream
        except UnexpectedToken as exc:
            cut = exc.token.start_pos if exc.token.start_pos is not None else 0
        except (UnexpectedEOF, UnexpectedInput):
            return None
        else:
            return C._build(tree, text)
        if not cut or cut >= len(text):
            return None
        text = text[:cut].rstrip()
    return None


def test_windows_cut_to_the_same_text_share_its_parse():
    windows = [text[start:C._window_end(text, end)] for text in generated(4, 400)
               for start, end in C._anchors(text)]
    assert len(windows) > 300
    for window in windows:
        want, got = _parse_window_parsing_every_cut(window), C._parse_window(window)
        assert (want is None) == (got is None), window
        if want is not None:
            assert (want.start, want.end, want.text, want.symbol.text if want.symbol else None, want.date,
                    want.issuer, want.term) == (got.start, got.end, got.text, got.symbol.text if got.symbol else None,
                                                got.date, got.issuer, got.term), window


def test_short_mentions_of_another_type_do_not_walk_back_over_every_full_mention(monkeypatch):
    """A "Chỉ thị 35" after 300 "Nghị quyết số 35-NQ/TW" has no antecedent; finding that out looked at
    every earlier 35 for each short mention (90,000 type look-ups here), and now at each once."""
    looked = []
    types_of = C._types_of
    monkeypatch.setattr(C, "_types_of", lambda c: looked.append(c) or types_of(c))
    text = "Thực hiện Nghị quyết số 35-NQ/TW. " * 300 + "Theo Chỉ thị 35. " * 300 + "Nghị quyết 35 nêu rõ."
    found = C.find_citations(text)
    assert len([c for c in found if not c.is_short]) == 300
    assert [c.text for c in found if c.is_short] == ["Nghị quyết 35"]
    assert found[-1].antecedent is found[299]
    assert len(looked) == 600  # the 35s looked at once for "Chỉ thị", once for "Nghị quyết"
