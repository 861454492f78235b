"""The citation parser: exact parts and spans, slips that still parse, short mentions, non-citations."""

import pytest

from kiemtra_lint.rules.citations.parse import (NORMATIVE, PARTY, STATE, citations_in_text, find_citations, parse_symbol,
                                    vocabulary)
from kiemtra_lint.patterns import symbol_spans


def parts(c):
    """(type word, symbol, date, issuer, term) as written, each checked against its span."""
    out = []
    for p in (c.type_word, c.symbol.part if c.symbol else c.number, c.date, c.issuer, c.term):
        out.append(p.text if p is not None else None)
    return tuple(out)


def one(text):
    found = citations_in_text(text)
    assert len(found) == 1, found
    c = found[0]
    for p in (c.type_word, c.symbol.part, c.date, c.issuer, c.term, *c.symbol.numbers):
        if p is not None:
            assert text[p.start:p.end] == p.text
    assert text[c.start:c.end] == c.text
    return c


def test_full_party_citation():
    text = "Thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng"
    c = one(text)
    assert parts(c) == ("Nghị quyết", "35-NQ/TW", "22/10/2018", "Bộ Chính trị", None)
    assert (c.start, c.end) == (10, 66)
    assert c.type_name == "Nghị quyết"
    assert (c.symbol.form, c.symbol.code, c.symbol.issuer) == (PARTY, "NQ", "TW")
    assert (c.date_value.day, c.date_value.month, c.date_value.year) == (22, 10, 2018)
    assert c.keys == ((PARTY, 35, "NQ", "TW"),)


def test_date_in_words_issuer_and_term():
    c = one("Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương "
            "Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng")
    assert parts(c) == ("Kết luận", "21-KL/TW", "ngày 25 tháng 10 năm 2021",
                        "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng", "khóa XIII")
    assert c.term_number == 13


def test_term_in_brackets():
    c = one("Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về công tác dân vận")
    assert parts(c) == ("Nghị quyết", "25-NQ/TW", "03/6/2013", "Ban Chấp hành Trung ương Đảng", "khóa XI")
    assert c.term_number == 11


def test_several_numbers_share_one_symbol():
    c = one("Thực hiện Kết luận 14, 15-KL/TU của Ban Thường vụ Tỉnh ủy, các huyện")
    assert parts(c) == ("Kết luận", "14, 15-KL/TU", None, "Ban Thường vụ Tỉnh ủy", None)
    assert [n.text for n in c.symbol.numbers] == ["14", "15"]
    assert c.keys == ((PARTY, 14, "KL", "TU"), (PARTY, 15, "KL", "TU"))
    assert symbol_spans("Kết luận 14, 15-KL/TU") == [(9, 21)]


def test_state_forms():
    c = one("theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ về phát triển")
    assert parts(c) == ("Quyết định", "06/QĐ-TTg", "06/01/2022", "Thủ tướng Chính phủ", None)
    assert (c.symbol.form, c.symbol.code, c.symbol.issuer) == (STATE, "QĐ", "TTg")
    c = one("Công văn số 123/UBND-VX của UBND huyện")
    assert (c.symbol.form, c.symbol.code, c.symbol.issuer) == (STATE, None, "UBND-VX")


def test_normative_forms_and_law_names():
    c = one("Nghị định số 30/2020/NĐ-CP, ngày 05/3/2020 của Chính phủ về công tác văn thư")
    assert (c.symbol.form, c.symbol.code, c.symbol.issuer, c.symbol.year) == (NORMATIVE, "NĐ", "CP", 2020)
    c = one("phổ biến Luật An ninh mạng số 24/2018/QH14, ngày 12/6/2018 của Quốc hội và các văn bản")
    assert parts(c) == ("Luật", "24/2018/QH14", "12/6/2018", "Quốc hội", None)
    assert c.head.text == "Luật An ninh mạng số 24/2018/QH14"
    assert (c.symbol.code, c.symbol.issuer) == (None, "QH14")
    c = one("Bộ luật Hình sự số 100/2015/QH13")
    assert c.type_word.text == "Bộ luật"


def test_suffix_and_long_issuer_codes():
    c = one("Công văn số 5053-CV/VPTW/nb của Văn phòng Trung ương Đảng")
    assert (c.symbol.code, c.symbol.issuer, c.symbol.suffix) == ("CV", "VPTW", "nb")
    assert one("Công văn số 214-CV/BTGHU").symbol.issuer == "BTGHU"
    assert one("Thông báo số 12-TB/UBKTTU").symbol.issuer == "UBKTTU"


def test_compound_type_words():
    c = one("Thông báo kết luận số 123-TB/TU của Thường trực Tỉnh ủy")
    assert (c.type_word.text, c.type_name) == ("Thông báo kết luận", "Thông báo")
    c = one("Chương trình hành động số 05-CTr/TU")
    assert (c.type_word.text, c.type_name) == ("Chương trình hành động", "Chương trình")


def test_issuer_after_do_and_bare_date():
    c = one("Nghị quyết 35-NQ/TW do Bộ Chính trị ban hành")
    assert c.issuer.text == "Bộ Chính trị"
    c = one("Chỉ thị 05-CT/TW, 15/5/2016 và")
    assert c.date.text == "15/5/2016"


@pytest.mark.parametrize("text, symbol, canonical", [
    ("Nghị quyết số 07 - NQ/HU, ngày 22/4/2021", "07 - NQ/HU", "07-NQ/HU"),
    ("Nghị quyết số 07–NQ/HU", "07–NQ/HU", "07-NQ/HU"),
    ("Nghị quyết số 07-NQ HU về", "07-NQ HU", "07-NQ/HU"),
    ("Quyết định số 123 / QĐ-UBND", "123 / QĐ-UBND", "123/QĐ-UBND"),
])
def test_slips_parse_with_their_canonical_form(text, symbol, canonical):
    c = one(text)
    assert (c.symbol.text, c.symbol.canonical) == (symbol, canonical)


def test_report_own_number_is_not_a_citation():
    assert citations_in_text("Số 112-BC/HU") == []
    assert citations_in_text("Số: 245/BC-UBND") == []


@pytest.mark.parametrize("text", [
    "có 49/53 trường đạt chuẩn, Quảng trường 3/2, trực 24/7, tỷ lệ 1/2000",
    "giai đoạn 2021 - 2025, COVID-19, Km12+300, ĐT637",
    "lớp 10/A1 và phòng 3/B",
    "số 05 đồng chí, Ban Chỉ đạo 35, Nghị quyết Trung ương 4 khóa XII",
])
def test_non_citations(text):
    assert find_citations(text) == []


def test_short_mentions_resolve_to_the_latest_full_mention():
    text = ("Thực hiện Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư (sau đây gọi tắt là Chỉ thị 28), "
            "các chi bộ quán triệt Chỉ thị 28 và Kế hoạch 5 năm; Chương trình 135 được lồng ghép.")
    found = find_citations(text)
    assert [(c.text, c.is_short) for c in found] == [
        ("Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư", False),
        ("Chỉ thị 28", True), ("Chỉ thị 28", True)]
    assert all(c.antecedent is found[0] for c in found[1:])
    assert found[2].keys == ((PARTY, 28, "CT", "TW"),)


def test_short_mention_with_issuer_and_unresolved_ones():
    text = ("Chương trình hành động số 05-CTr/TU, ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy. "
            "Kết quả thực hiện Chương trình hành động số 05 của Tỉnh ủy; Nghị quyết 05 chưa được dẫn.")
    found = find_citations(text)
    assert [parts(c) for c in found] == [
        ("Chương trình hành động", "05-CTr/TU", "12/3/2021", "Ban Thường vụ Tỉnh ủy", None),
        ("Chương trình hành động", "05", None, "Tỉnh ủy", None)]


def test_a_short_mention_before_any_full_one_is_not_resolved():
    found = find_citations("Chỉ thị 28 được quán triệt. Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư.")
    assert [c.is_short for c in found] == [False]


def test_document_blocks_and_reading_order(tmp_path):
    from kiemtra_lint.readers.textfile import parse_text

    doc = parse_text("Theo Nghị quyết số 05-NQ/HU[^1].\n\nNghị quyết 05 được triển khai.\n\n"
                     "[^1]: Ngày 18/01/2021.\n", "d.md", "md")
    found = find_citations(doc)
    assert [(c.block, c.text) for c in found] == [(0, "Nghị quyết số 05-NQ/HU"), (2, "Nghị quyết 05")]


def test_parse_symbol():
    assert parse_symbol("35-NQ/TW").key(parse_symbol("35-NQ/TW").numbers[0]) == (PARTY, 35, "NQ", "TW")
    assert parse_symbol("30/2020/NĐ-CP").year == 2020
    assert parse_symbol("35-NQ/TW của") is None
    assert parse_symbol("Nghị quyết 35-NQ/TW") is None


def test_vocabulary():
    vocab = vocabulary()
    assert vocab.types_for(PARTY, "QĐ") == ("Quyết định", "Quy định")
    assert vocab.types_for(STATE, "QyĐ") == ("Quy định",)
    assert vocab.spelled(PARTY, "Ctr") == "CTr"
    assert vocab.type_name("CHƯƠNG TRÌNH HÀNH ĐỘNG") == "Chương trình"


def test_a_200_page_draft_parses_well_under_the_budget():
    """6,000 paragraphs with about 500 citations: typically 0.05 s of CPU; the bound is generous."""
    import random
    import time
    from pathlib import Path

    from kiemtra_lint.rules.citations.parse import _parse_once, _parse_window
    from kiemtra_lint.readers.textfile import parse_text

    data = Path(__file__).parent / "data" / "citations"
    cited = [line[2:] for f in sorted(data.glob("*.txt")) for line in f.read_text(encoding="utf-8").splitlines()
             if line.startswith("> ") and "-" in line]
    prose = ["Tỷ lệ đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên đạt 94,81%, tăng 1,2% so với năm 2022.",
             "Có 49/53 trường đạt chuẩn quốc gia; giai đoạn 2021 - 2025 huy động 312,6 tỷ đồng cho giao thông."]
    rng = random.Random(4)
    paragraphs = [rng.choice(cited) if rng.random() < 0.05 else rng.choice(prose) for _ in range(6000)]
    doc = parse_text("\n\n".join(paragraphs), "d.md", "md")
    find_citations(doc)  # builds the grammar and the regexes once per process
    _parse_window.cache_clear()  # but parses every window afresh
    _parse_once.cache_clear()
    start = time.process_time()
    found = find_citations(doc)
    assert len(found) > 300
    assert time.process_time() - start < 0.5
