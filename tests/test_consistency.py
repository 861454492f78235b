"""KT501 spelling style, KT502 Unicode, KT503 abbreviations, KT504 terms: exact findings."""

import unicodedata

from docx_factory import make_docx, p, para, run, table

from kiemtra_lint.config import Settings
from kiemtra_lint.lint import lint_file


def lint_docx(path, codes):
    """The findings of a Word file (``lint_text`` writes text files only)."""
    result = lint_file(str(path), Settings(select=codes))
    assert result.error is None
    return result.findings


def summary(findings):
    return [(f.rule, f.message.vi, f.place["excerpt"], [r["excerpt"] for r in f.related_places])
            for f in findings]


def offsets(f):
    return f.place["location"]["block"], f.place["location"]["start"], f.place["location"]["end"]


# --- KT501: tone-mark placement --------------------------------------------------------

def test_minority_tone_placement_is_reported_with_counts(lint_text):
    md = ("Ban Thường vụ Huyện ủy chỉ đạo các xã hòa giải tranh chấp.\n\n"
          "Huyện uỷ giao Ủy ban Kiểm tra thực hiện.\n")
    findings = lint_text(md, ("KT501",)).findings
    assert summary(findings) == [
        ("KT501", "Đặt dấu thanh không thống nhất: “uỷ”, trong khi phần lớn bản thảo đặt dấu như “ủy, hòa” "
                  "(3 chỗ; như “uỷ”: 1 chỗ); nên viết “ủy”", "uỷ", ["ủy"])]
    assert offsets(findings[0]) == (1, 6, 8)


def test_any_syllable_counts_and_the_draft_majority_wins(lint_text):
    md = "Các tổ hoà giải, khoá học, toà án và hoạ sĩ; công trình thủy lợi.\n"
    assert summary(lint_text(md, ("KT501",)).findings) == [
        ("KT501", "Đặt dấu thanh không thống nhất: “thủy”, trong khi phần lớn bản thảo đặt dấu như "
                  "“hoà, khoá, toà” (4 chỗ; như “thủy”: 1 chỗ); nên viết “thuỷ”", "thủy", ["hoà"])]


def test_a_tie_prefers_the_mark_on_the_first_vowel(lint_text):
    assert [f.place["excerpt"] for f in lint_text("Hoà giải và hòa hợp.\n", ("KT501",)).findings] == ["Hoà"]


def test_syllables_written_one_way_are_not_counted(lint_text):
    md = "Hoàn thành kế hoạch, quý I, khuya, ngoài giờ; hòa giải viên được khen.\n"
    assert lint_text(md, ("KT501",)).findings == []


# --- KT501: i / y ------------------------------------------------------------------------

def test_i_and_y_spellings_of_one_syllable(lint_text):
    md = "Kĩ năng của cán bộ được nâng lên.\n\nỨng dụng kỹ thuật mới; kiểm tra kỹ lưỡng.\n"
    findings = lint_text(md, ("KT501",)).findings
    assert summary(findings) == [
        ("KT501", "Viết không thống nhất: “Kĩ” (1 chỗ) trong khi bản thảo viết “kỹ” 2 chỗ; nên viết “Kỹ”",
         "Kĩ", ["kỹ"])]


def test_names_inside_a_sentence_are_not_counted(lint_text):
    md = "Trường Lý Thường Kiệt và đường Lý Thái Tổ tổ chức học lí luận chính trị.\n"
    assert lint_text(md, ("KT501",)).findings == []


def test_users_extend_the_i_y_list(tmp_path, lint_text):
    extra = tmp_path / "iy.csv"
    extra.write_text("vĩ,vỹ\n", encoding="utf-8")
    md = "Công trình vĩ đại, ý chí vĩ đại, kỳ tích vỹ đại.\n"
    assert lint_text(md, ("KT501",)).findings == []
    findings = lint_text(md, ("KT501",), data={"variants-iy": (str(extra),)}).findings
    assert [f.place["excerpt"] for f in findings] == ["vỹ"]


# --- KT502 -------------------------------------------------------------------------------

def test_zero_width_space(lint_text):
    findings = lint_text("Kịp thời đấu tranh\u200b phản bác các thông tin xấu độc.\n", ("KT502",)).findings
    assert summary(findings) == [
        ("KT502", "Ký tự ẩn: dấu cách độ rộng 0 (U+200B) giữa “tranh” và “phản”; không nhìn thấy nhưng làm tìm "
                  "kiếm và so khớp bỏ sót, nên xóa", "\u200b", [])]
    assert offsets(findings[0]) == (0, 18, 19)
    assert findings[0].severity == "warning"


def test_a_run_of_invisible_characters_is_one_finding(lint_text):
    findings = lint_text("Cán bộ\u00ad\u200b, đảng viên.\n", ("KT502",)).findings
    assert [(f.place["excerpt"], f.message.vi.split(";")[0]) for f in findings] == [
        ("\u00ad\u200b", "Ký tự ẩn: dấu gạch nối mềm (U+00AD) giữa “bộ” và “đảng” (2 ký tự liền nhau)")]


def test_no_break_space_inside_a_phrase_but_not_before_numbers_or_names(lint_text):
    md = "Công\u00a0tác cán bộ theo Điều\u00a015, T/M\u00a0HUYỆN ỦY, đồng chí Nguyễn\u00a0Văn An.\n"
    findings = lint_text(md, ("KT502",)).findings
    assert [(f.message.vi, f.place["excerpt"], f.severity) for f in findings] == [
        ("Dấu cách không ngắt (U+00A0) giữa “Công” và “tác”: tìm “Công tác” sẽ không thấy chỗ này; thay bằng dấu "
         "cách thường", "\u00a0", "info")]


def test_decomposed_words_among_precomposed_text(tmp_path):
    nfd = unicodedata.normalize("NFD", "tuyên truyền")
    body = p("Công tác tuyên truyền được đẩy mạnh.") + para(run("Công tác "), run(nfd), run(" bằng tiếng dân tộc."))
    findings = lint_docx(make_docx(tmp_path / "d.docx", body), ("KT502",))
    assert [(f.place["excerpt"], offsets(f)[1:], f.severity) for f in findings] == [
        ("tuyên truyền", (9, 21), "info")]
    assert findings[0].message.vi.startswith("“tuyên truyền” được lưu ở dạng tổ hợp (NFD")


def test_a_decomposed_paragraph_is_quoted_by_its_ends(tmp_path):
    nfd = unicodedata.normalize("NFD", "Hội nghị đã thảo luận và thống nhất các nội dung trọng tâm của năm")
    body = p("Công tác tuyên truyền được đẩy mạnh.") + para(run(nfd), run("."))
    findings = lint_docx(make_docx(tmp_path / "d.docx", body), ("KT502",))
    assert [(offsets(f)[1:], f.severity, f.fix.replacement == unicodedata.normalize("NFC", nfd)) for f in findings] \
        == [((0, 66), "info", True)]
    assert findings[0].message.vi == (
        "“Hội nghị đã thảo … của năm” (15 chữ) được lưu ở dạng tổ hợp (NFD: chữ cái và dấu rời nhau), khác phần còn "
        "lại của bản thảo (dạng dựng sẵn, NFC): tìm kiếm và so khớp sẽ bỏ sót; chuyển sang dạng dựng sẵn")
    assert findings[0].message.en == (
        "“Hội nghị đã thảo … của năm” (15 words) are stored decomposed (NFD: letters and marks apart), unlike the "
        "rest of the draft (precomposed, NFC): search and matching will miss them; convert them to precomposed form")


def test_a_wholly_decomposed_draft_is_consistent(tmp_path):
    body = p(unicodedata.normalize("NFD", "Công tác tuyên truyền được đẩy mạnh."))
    assert lint_docx(make_docx(tmp_path / "d.docx", body), ("KT502",)) == []


# --- KT503 -------------------------------------------------------------------------------

def test_abbreviation_used_before_it_is_spelled_out(lint_text):
    md = ("**1. Kinh tế**\n\nCông tác CĐS được đẩy mạnh.\n\n"
          "**2. Giải pháp**\n\nĐẩy mạnh chuyển đổi số (CĐS), nhất là CĐS ở cấp xã.\n")
    findings = lint_text(md, ("KT503",)).findings
    assert summary(findings) == [
        ("KT503", "Chữ viết tắt “CĐS” được dùng trước khi được viết đầy đủ (chỉ được giải thích ở mục 2); hãy viết "
                  "đầy đủ ở lần dùng đầu tiên này", "CĐS", ["CĐS"])]
    assert offsets(findings[0])[1:] == (9, 12)
    assert findings[0].severity == "warning"


def test_abbreviation_never_spelled_out_is_reported_once(lint_text):
    md = "Tỷ lệ DVCTT toàn trình đạt 62,5%.\n\nPhấn đấu tăng tỷ lệ DVCTT.\n"
    findings = lint_text(md, ("KT503",)).findings
    assert summary(findings) == [
        ("KT503", "Chữ viết tắt “DVCTT” chưa được giải thích (dùng 2 lần): ở lần dùng đầu tiên, cần viết đầy đủ cụm "
                  "từ rồi ghi “(DVCTT)”", "DVCTT", [])]
    assert findings[0].severity == "info"  # real documents use many such: noted, not warned


def test_the_usual_ways_of_spelling_out(lint_text):
    md = ("Thành lập Ban Chỉ đạo phòng, chống dịch (sau đây gọi tắt là BCĐ); bảo đảm an ninh, quốc phòng "
          "(viết tắt là “ANQP”); đẩy mạnh cải cách hành chính (CCHC); phát triển KT-XH (kinh tế - xã hội); "
          "thủ tục hành chính, gọi tắt: TTHC.\n\n"
          "BCĐ họp định kỳ; ANQP được giữ vững; CCHC, TTHC và KT-XH có chuyển biến.\n")
    assert lint_text(md, ("KT503",)).findings == []


def test_what_is_not_an_abbreviation_or_is_well_known(lint_text):
    md = ("**I. KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XXIII**\n\n"
          "UBND và HĐND huyện phòng, chống dịch COVID-19 theo Nghị quyết số 35-NQ/TW và Quyết định số "
          "178/QĐ-UBND; tuyến ĐT637 và TP.HCM.\n\n"
          "| TT | Xếp loại | HTXSNV |\n|---|---|---|\n| 1 | HTTNV | 12 |\n")
    assert lint_text(md, ("KT503",)).findings == []


def test_the_recipients_list_is_not_checked(lint_text):
    md = "Công tác cải cách hành chính (CCHC) được đẩy mạnh.\n\nNơi nhận:\n\n- CT, các PCT UBND huyện;\n\n- CVP, LĐVP.\n"
    assert lint_text(md, ("KT503",)).findings == []


def test_users_extend_the_well_known_abbreviations(tmp_path, lint_text):
    extra = tmp_path / "viet-tat.txt"
    extra.write_text("DVCTT  # dịch vụ công trực tuyến\n", encoding="utf-8")
    assert lint_text("Tỷ lệ DVCTT đạt 62,5%.\n", ("KT503",), data={"abbreviations": (str(extra),)}).findings == []


def test_a_definition_in_a_table_counts_but_uses_there_do_not(tmp_path):
    body = (table([["Chữ viết tắt", "Nghĩa"], ["Ban Chỉ đạo (BCĐ)", "ANQP"]])
            + p("BCĐ họp định kỳ hằng quý."))
    assert lint_docx(make_docx(tmp_path / "d.docx", body), ("KT503",)) == []


# --- KT504 -------------------------------------------------------------------------------

def test_term_written_two_ways(lint_text):
    md = ("Dịch COVID-19 diễn biến phức tạp.\n\nPhòng, chống COVID-19 hiệu quả.\n\n"
          "Dịch Covid-19 kéo dài làm gián đoạn hoạt động.\n")
    findings = lint_text(md, ("KT504",)).findings
    assert summary(findings) == [
        ("KT504", "Thuật ngữ viết không thống nhất: “Covid-19” (1 chỗ) trong khi bản thảo viết “COVID-19” 2 chỗ; "
                  "nên viết “COVID-19”", "Covid-19", ["COVID-19"])]
    assert offsets(findings[0]) == (2, 5, 13)


def test_dash_spacing_sentence_case_and_headings(lint_text):
    md = ("**II. PHÁT TRIỂN KINH TẾ - XÃ HỘI**\n\n"
          "Hằng năm, tình hình kinh tế - xã hội ổn định.\n\n"
          "Các chỉ tiêu kinh tế-xã hội được rà soát hằng năm, hàng năm có báo cáo.\n")
    assert summary(lint_text(md, ("KT504",)).findings) == [
        ("KT504", "Thuật ngữ viết không thống nhất: “kinh tế-xã hội” (1 chỗ) trong khi bản thảo viết “kinh tế - xã "
                  "hội” 2 chỗ; nên viết “kinh tế - xã hội”", "kinh tế-xã hội", ["KINH TẾ - XÃ HỘI"]),
        ("KT504", "Thuật ngữ viết không thống nhất: “hàng năm” (1 chỗ) trong khi bản thảo viết “hằng năm” 2 chỗ; "
                  "nên viết “hằng năm”", "hàng năm", ["Hằng năm"]),
    ]


def test_lower_case_common_nouns_are_not_a_spelling_of_a_name(lint_text):
    md = "Ban Thường vụ Huyện ủy chỉ đạo các ban thường vụ đảng ủy cơ sở; Ban Thường vụ họp định kỳ.\n"
    assert lint_text(md, ("KT504",)).findings == []


def test_users_extend_the_terms(tmp_path, lint_text):
    extra = tmp_path / "thuat-ngu.csv"
    extra.write_text("# thuật ngữ của tỉnh\nchuyển đổi số,chuyển đổi kỹ thuật số\n", encoding="utf-8")
    md = "Đẩy mạnh chuyển đổi số.\n\nChuyển đổi số là khâu đột phá.\n\nỨng dụng chuyển đổi kỹ thuật số.\n"
    assert lint_text(md, ("KT504",)).findings == []
    findings = lint_text(md, ("KT504",), data={"variants": (str(extra),)}).findings
    assert [f.place["excerpt"] for f in findings] == ["chuyển đổi kỹ thuật số"]


# --- a clean draft -------------------------------------------------------------------------

def test_a_clean_draft_has_no_finding(lint_text):
    md = ("**I. KẾT QUẢ THỰC HIỆN**\n\n"
          "Ủy ban Mặt trận Tổ quốc (MTTQ) và các đoàn thể chính trị - xã hội vận động nhân dân hiến đất; "
          "MTTQ các xã giám sát việc thực hiện. Ngày ngày, người người thi đua lao động sản xuất.\n\n"
          "Hằng năm, Ban Thường vụ Huyện ủy chỉ đạo hòa giải ở cơ sở, ứng dụng kỹ thuật mới, tỷ lệ hộ nghèo "
          "giảm; dịch COVID-19 được kiểm soát. Công tác cải cách hành chính (CCHC) có chuyển biến.\n\n"
          "**II. HẠN CHẾ**\n\n"
          "Việc ứng dụng kỹ thuật ở một số xã còn chậm; CCHC ở cấp xã chưa đồng bộ, tình hình kinh tế - xã hội "
          "còn khó khăn; thủy lợi, khóa học bồi dưỡng chưa đáp ứng yêu cầu.\n")
    assert lint_text(md, ("KT4", "KT5")).findings == []


# --- user data through a configuration file ------------------------------------------------

def test_data_lists_configured_in_kiemtra_toml(tmp_path):
    from kiemtra_lint.config import find_config, load_settings

    (tmp_path / "du-lieu").mkdir()
    (tmp_path / "du-lieu" / "viet-tat.txt").write_text("DVCTT\n", encoding="utf-8")
    (tmp_path / "du-lieu" / "lay.txt").write_text("rất rất\n", encoding="utf-8")
    (tmp_path / "kiemtra.toml").write_text(
        '[data]\nabbreviations = "du-lieu/viet-tat.txt"\nreduplicatives = ["du-lieu/lay.txt"]\n', encoding="utf-8")
    draft = tmp_path / "d.md"
    draft.write_text("Tỷ lệ DVCTT rất rất cao.\n", encoding="utf-8")
    settings = load_settings(find_config(draft)).merged(select=("KT401", "KT503"))
    assert lint_file(str(draft), settings).findings == []
    assert len(lint_file(str(draft), Settings(select=("KT401", "KT503"))).findings) == 2


# --- the pre-filters: never a different finding ---------------------------------------

def test_letters_lowering_to_ascii_word_characters_are_word_characters():
    """Variants takes a lower-cased ASCII letter or digit for \\p{L} / \\p{N} (outside the
    characters of UNEVEN_CASE, see tests/test_vocabulary.py)."""
    import regex

    from kiemtra_lint.rules.consistency.variants import _ASCII_WORD
    from kiemtra_lint.rules.vocabulary import UNEVEN_CASE

    word_char = regex.compile(r"[\p{L}\p{M}\p{N}]")
    wrong = [f"U+{cp:04X}" for cp in range(0x10000) if not 0xD800 <= cp < 0xE000
             and not UNEVEN_CASE.match(chr(cp)) and chr(cp).lower() in _ASCII_WORD and not word_char.match(chr(cp))]
    assert wrong == []


def test_variants_prefilter_finds_what_the_whole_expression_finds():
    from kiemtra_lint.rules.vocabulary import group_list
    from kiemtra_lint.rules.consistency.variants import Variants

    texts = ["Dịch COVID-19, Covid-19 và covid-19; COVID 19 hay Covid\u00a019.", "Hằng năm, hàng  năm, HÀNG NĂM",
             "kinh tế-xã hội, kinh tế - xã hội, Kinh tế –  xã hội, xkinh tế - xã hội, kinh tế - xã hộix",
             "ſỹ sỹ Sĩ SĨ ſĩ; İnternet ınternet Internet; KỸ thuật, kĩ năng, Kỹ; tỷ lệ tỉ lệ tỷ  lệ tỷlệ",
             "quy định, quyết định, Quy chế, qui hoạch; e-mail, email, E-mail; m2, m², km2; Mỹ, mĩ thuật",
             "Ban Thường vụ, ban thường vụ, BAN THƯỜNG VỤ, Ban_Thường vụ, 1ban thường vụ, _hi hi hy",
             "σ ς Σ Ʃ ǅ ǆ ǈ \U00010400 \U00010428 ﬀ ß ẞ Å Å K k µ μ", "", "covid-19covid-19 internet-email"]
    for builtin in ("variants.csv", "variants_iy.csv"):
        v = Variants(group_list(None, builtin, "x"))
        assert v._anchors is not None
        for text in texts:
            assert [m.span() for m in v._matches(text)] == [m.span() for m in v._pattern.finditer(text)], text
    odd = Variants([("ſố", "số")])  # a spelling starting with a letter of uneven case: the whole expression
    assert odd._anchors is None and [s.form for s in odd.find(0, "ſố số Số")] == ["ſố", "số"]


def test_tone_spots_only_read_pairs_ending_a_word():
    """A word whose first styled pair is followed by a letter has no style, so the lookahead of
    _STYLED_CORE drops nothing _tone_spots reported."""
    import regex

    from kiemtra_lint.rules.consistency import checks as consistency
    from kiemtra_lint.text import tone_style

    core = regex.compile(consistency._STYLED_CORE.pattern.removesuffix(r"(?!\p{L})"))
    words = regex.findall(r"\p{L}+", "hoàn hoạch toán đoàn hoạt hòa hoà Hòa HOÀ khỏe khoẻ khoẻo thủy thuỷ thuỷt "
                                    "ủy Uỷ uỷy quỳ quý quýt khuya khuyên ngoằn oà oàa hóahóa Hòaa")
    for word in words:
        first = core.search(word)
        if first is not None and first.end() < len(word):
            assert tone_style(word) is None, word


def test_abbreviation_candidates_are_the_words_starting_with_two_capitals():
    from kiemtra_lint.patterns import symbol_spans
    from kiemtra_lint.rules.consistency.abbrev import (_IN_CODE_BEFORE, _in_capitals, definitions, is_abbreviation,
                                                       mentions)
    from kiemtra_lint.text import words

    def every_word(text, tokens, known):  # mentions() reading every word, as it did before
        defined = {start for start, _, _ in definitions(text)}
        symbols = symbol_spans(text) if any(ch in text for ch in "/-") else []
        return [(start, end, word, start in defined) for start, end, word in tokens
                if len(word) >= 2 and word[1].isupper() and word not in known and is_abbreviation(word)
                and not any(s <= start < e for s, e in symbols) and not _in_capitals(text, start, end)
                and not _IN_CODE_BEFORE.search(text[:start][-4:]) and not text.startswith("_", end)]

    for text in ("CCHC, KT-XH và HĐND-UBND; ĐẢNG BỘ xã (CCHC) Ban CĐ, xCCHC, 35-NQ/TW, ABC-DEF-G, A-BC, AB-c, "
                 "Đ.ĐT, “BCĐ” ‘QLNN’ sau đây gọi tắt là BCH; UBND, XIV, QĐ-UBND, a-BCD, 1AB, AB1 ÆØ ǄǅǆDŽ",
                 "ABCD", "AbCD aBCD", "", "cải cách hành chính (CCHC) và CCHC", "-AB AB-CD-EF 'AB x'AB ’AB--AB "
                 "AB’CD AB-'CD a-AB 1-AB 1AB ÂB A\u0301BC ²AB AB²", "AB"):
        tokens = words(text)
        got = [(m.start, m.end, m.abbr, m.defines) for m in mentions(0, text, frozenset({"UBND"}))]
        assert got == every_word(text, tokens, frozenset({"UBND"})), text
