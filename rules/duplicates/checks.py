"""KT4xx duplicates: repeated words (KT401), sentences (KT402) and passages (KT403).

Drafts are assembled by copy and paste; these rules find what the pasting left behind.  The
matching itself lives in the private helpers (repeats, units, match,
passages); this module decides what to report and says it.
"""

from __future__ import annotations

from collections import Counter

from kiemtra_lint.document import Document
from kiemtra_lint.engine import rule
from kiemtra_lint.findings import Fix, Span, finding
from kiemtra_lint.document import section_display
from kiemtra_lint.text import squash_spaces

from kiemtra_lint.rules.vocabulary import word_list
from .design import in_other_provisions, provision_starts, preamble_restated, repeats_by_design, restated_on_purpose
from .match import Match, repeated_clauses, similar_pairs
from .passages import Passage, find_passages
from .repeats import blocks_to_read, find_repeats
from .summaries import summary_pairs
from .versions import Version, find_versions
from .units import Formulas, Unit, doc_words, sentence_units, token_key

MAX_DIFFS_SHOWN = 3


@rule("KT401", "repeated-word", "duplicates", "warning",
      summary_vi="Từ hoặc cụm từ bị lặp liền nhau (“đã đã”, “nâng cao nâng cao”)",
      summary_en="A word or phrase typed twice in a row (“đã đã”, “nâng cao nâng cao”)",
      explanation_vi="Khi sửa bản thảo, một từ hoặc cụm từ dễ bị gõ hai lần hoặc sót lại bản cũ: “đã đã”, "
                     "“các các”, “nâng cao nâng cao”, “công tác tốt công tác”. Quy tắc so sánh không phân biệt "
                     "chữ hoa, chữ thường, kể cả khi hai chữ nằm ở hai dòng hoặc hai đoạn định dạng khác nhau. "
                     "Hai bản lặp cách nhau bằng dấu câu (“rõ người, rõ việc”) không bị báo. Các từ láy lặp "
                     "đúng tiếng Việt (“ngày ngày”, “người người”, “dần dần”, “mãi mãi”...) nằm trong danh sách "
                     "rules/data/reduplicatives.txt; có thể bổ sung bằng khóa [tool.kiemtra.data] reduplicatives. "
                     "Một cụm lặp quanh một chữ mà chữ đó mở đầu một thuật ngữ (“sử dụng quyền sử dụng đất”, "
                     "“nộp tiền chậm nộp”) không bị báo: danh sách ở rules/data/duplicates_terms.txt, bổ sung bằng "
                     "khóa repeat_terms; cụm lặp quanh một động từ, danh từ hay giới từ là hai thành phần của câu "
                     "(“trên hóa đơn gửi hóa đơn”, “làm việc tại Việt Nam học tại Việt Nam”), chỉ cụm lặp quanh một "
                     "tính từ, phó từ (“công tác tốt công tác”, “kiểm tra kỹ kiểm tra”) mới bị báo. Một dòng chỉ gồm ba bản lặp trở lên (“TTHC TTHC TTHC”) là hàng tiêu đề bảng "
                     "bị dàn phẳng, không bị báo. Một chữ vừa kết thúc một từ vừa là từ sau (“mã số số 0825”, "
                     "“công nghệ số số 71/2025/QH15”) không bị báo: danh sách ở rules/data/duplicates_compounds.txt, "
                     "bổ sung bằng khóa repeat_compounds; cụm có chữ cái viết hoa đứng riêng (tên được ẩn: “lĩnh vực "
                     "X và X và”) cũng vậy.",
      explanation_en="Editing leaves words typed twice or the remains of an older wording: “đã đã”, “các các”, "
                     "“nâng cao nâng cao”, “công tác tốt công tác”. Matching ignores case and works across line "
                     "and formatting boundaries. Copies separated by punctuation are not reported. Correct "
                     "Vietnamese reduplications (“ngày ngày”, “người người”, “dần dần”...) are listed in "
                     "rules/data/reduplicatives.txt; extend it with [tool.kiemtra.data] reduplicatives. A phrase "
                     "repeated around a word that begins a term (“sử dụng quyền sử dụng đất”, “nộp tiền chậm nộp”) "
                     "is not reported: the terms are in rules/data/duplicates_terms.txt, extended with the key "
                     "repeat_terms; around a verb, a noun or a preposition the copies are two parts of the sentence "
                     "(“trên hóa đơn gửi hóa đơn”, “làm việc tại Việt Nam học tại Việt Nam”): only a phrase around an "
                     "adjective or adverb (“công tác tốt công tác”, “kiểm tra kỹ kiểm tra”) is reported. A line of "
                     "three copies or more and nothing else (“TTHC TTHC TTHC”) is a table "
                     "header flattened and is not reported. A syllable that ends a word and is also the next word "
                     "(“mã số số 0825”, “công nghệ số số 71/2025/QH15”) is not reported: the words are in "
                     "rules/data/duplicates_compounds.txt, extended with the key repeat_compounds; nor is a phrase "
                     "holding a lone capital letter (a name left out: “lĩnh vực X và X và”).",
      bad="Ban Thường vụ Huyện ủy đã đã chỉ đạo thực hiện nghiêm các biện pháp.",
      good="Ban Thường vụ Huyện ủy đã chỉ đạo thực hiện nghiêm các biện pháp.")
def check_repeated_words(doc: Document, ctx):
    allowed = frozenset(" ".join(token_key(w) for w in entry.split())
                        for entry in word_list(ctx, "reduplicatives.txt", "reduplicatives"))
    terms = frozenset(" ".join(token_key(w) for w in entry.split())
                      for entry in word_list(ctx, "duplicates_terms.txt", "repeat_terms"))
    compounds = frozenset(" ".join(token_key(w) for w in entry.split())
                          for entry in word_list(ctx, "duplicates_compounds.txt", "repeat_compounds"))
    words = doc_words(doc, ctx)
    codes = words.codes
    key_of = words.numbering.key_of
    for i in blocks_to_read(codes, words.first):  # a block too long to read has no words: see units
        block = doc.blocks[i]
        lo, hi = words.first[i], words.first[i + 1]
        for rep in find_repeats(block.text, words.starts[i], words.ends[i], words.texts[i], allowed, codes[lo:hi],
                                key_of, terms, compounds):
            phrase = block.text[rep.first[0]:rep.first[1]]
            what_vi, what_en = ("từ", "word") if " " not in phrase.strip() else ("cụm từ", "phrase")
            if rep.gap is None:
                times_vi = "hai lần" if rep.copies == 2 else f"{rep.copies} lần"
                times_en = "twice" if rep.copies == 2 else f"{rep.copies} times"
                vi = f"Lặp {what_vi}: “{phrase}” bị viết {times_vi} liền nhau"
                en = f"Repeated {what_en}: “{phrase}” is typed {times_en} in a row"
            else:
                both = block.text[rep.first[0]:rep.second[1]]
                vi = f"Lặp {what_vi} “{phrase}” quanh chữ “{rep.gap}” (“{both}”): có lẽ sót lại khi sửa câu"
                en = f"The {what_en} “{phrase}” is repeated around “{rep.gap}” (“{both}”): probably left over " \
                     f"from an edit"
            # a fix only for a phrase of words typed twice alike: one syllable twice is often two words
            # meeting at a compound's edge ("giao thông thông minh"), where nothing is to be deleted
            yield finding("KT401", vi, en, Span(block.index, *rep.second), related=[Span(block.index, *rep.first)],
                          fix=Fix(rep.first[1], rep.second[1], "") if rep.gap is None and rep.copies == 2 and " " in
                          phrase.strip() and block.text[rep.second[0]:rep.second[1]] == phrase else None)


def _analysis(doc: Document, ctx) -> tuple[list[Unit], list[Match], list[Passage], list[Version]]:
    """Sentences, matching pairs, passages and versions, computed once for KT402 and KT403;
    the pairs of a version, and those restated in a summary, are in no passage and not in the
    pairs returned."""
    def compute():
        formulas = Formulas(word_list(ctx, "duplicates_formulas.txt", "formulas"))
        units = sentence_units(doc, formulas, doc_words(doc, ctx), repeats_by_design(doc))
        provisions = provision_starts(doc)
        openers = word_list(ctx, "duplicates_restating.txt", "restating")
        matches = [m for m in similar_pairs(units)
                   if not in_other_provisions(doc, units[m.first].block, units[m.second].block, provisions)
                   and not preamble_restated(doc, units[m.first].block, units[m.second].block)
                   and not restated_on_purpose(doc, units[m.first], units[m.second], m.partial, openers)]
        versions = find_versions(units, matches)
        by_design = {(m.first, m.second) for v in versions for m in v.matches} | summary_pairs(units, matches)
        matches = [m for m in matches if (m.first, m.second) not in by_design]
        return units, matches, find_passages(units, matches), versions
    return ctx.memo("duplicates.analysis", compute)


@rule("KT402", "repeated-sentence", "duplicates", "warning",
      summary_vi="Một câu (hoặc gần như nguyên câu) xuất hiện ở hai chỗ trong bản thảo",
      summary_en="The same or nearly the same sentence in two places",
      explanation_vi="Câu được chép lại ở mục khác, hoặc chép rồi sửa vài chữ, thường là dấu vết của việc ghép "
                     "bản thảo. Quy tắc so sánh các câu trong đoạn văn và chú thích (không so đề mục, ô bảng): "
                     "hai câu từ 12 âm tiết trở lên, giống nhau từ 85% trở lên (tính theo âm tiết) thì bị báo một "
                     "lần, ở chỗ xuất hiện sau, kèm chỗ xuất hiện trước và những chữ khác nhau; một vế câu (ngăn "
                     "bằng dấu chấm phẩy) chép lại ngay sau chính nó trong cùng câu cũng bị báo. Những câu chỉ khác "
                     "số liệu hoặc tên riêng (cùng khuôn câu cho năm khác, đơn vị khác) không bị báo; các cụm từ "
                     "quen thuộc dùng chung (“nâng cao năng lực lãnh đạo, sức chiến đấu”) không đủ để hai câu bị "
                     "coi là trùng. Những chỗ nhắc lại có chủ ý cũng không bị báo: câu hỏi (tiêu đề hỏi đáp nhắc lại "
                     "trong phần trả lời), một ý của câu liệt kê được tách thành gạch đầu dòng, cùng một quy định "
                     "cho hai trường hợp có hai câu dẫn khác nhau (“Đối với đất nông nghiệp: ...”, “Đối với đất phi "
                     "nông nghiệp: ...”), điều khoản chung của nhiều điều hoặc cùng một quy định ở hai khoản, hai điểm "
                     "của văn bản có các điều, đoạn in đậm (hoặc trong khung) nhắc lại thân bài, phần căn cứ nhắc lại trong thân văn bản, "
                     "phần tóm tắt hoặc kết luận gom các câu từ bốn chỗ cách xa nhau trở lên ở trên, các dòng của "
                     "một biểu chỉ số (“Tổng số giảng viên (người): 20”) điền lại cho năm khác, và đoạn trích dẫn "
                     "được nhắc lại sau “Theo đó”, “Như vậy”, “Căn cứ các quy định trên” (danh sách ở "
                     "rules/data/duplicates_restating.txt, bổ sung bằng khóa restating), cũng như câu trích từ một "
                     "quy định được dẫn (“Tại khoản 2 Điều 8 Thông tư số ... quy định: ...”) rồi được áp dụng lại. "
                     "Chú thích ảnh (“... Ảnh: Minh Anh.”), đoạn mở đầu tin có tên cơ quan báo (“(TTXVN) – ...”) và "
                     "đoạn chỉ gồm đường liên kết không được so sánh.",
      explanation_en="A sentence copied into another section, or copied and lightly edited, is a trace of assembling "
                     "the draft by copy and paste. Sentences of paragraphs and footnotes (not headings or table "
                     "cells) are compared: two sentences of at least 12 syllables that are at least 85% alike "
                     "(by syllables) are reported once, at the later place, with the earlier place and the words "
                     "that differ; so is a clause (between semicolons) written again right after itself in one "
                     "sentence. Sentences that differ only in figures or names (the same template for another "
                     "year or unit) are not reported; shared formulas alone do not make two sentences alike. "
                     "Deliberate restatements are not reported either: questions (a question-and-answer title "
                     "restated in its answer), one clause of an enumeration detailed as a list item, one provision "
                     "for two cases under two different lead-ins (“Đối với đất nông nghiệp: ...”, “Đối với đất phi "
                     "nông nghiệp: ...”), the standard clause of several articles or one rule in two clauses or "
                     "points of a text in articles, a paragraph in bold (or in a text box) restating the body, the preamble restated in the body, "
                     "a summary or conclusion gathering sentences from four or more distant places above, the lines "
                     "of an indicator sheet (“Tổng số giảng viên (người): 20”) filled in again for another year, and "
                     "a quotation restated after “Theo đó”, “Như vậy”, “Căn cứ các quy định trên” (listed in "
                     "rules/data/duplicates_restating.txt, extended with the key restating), and words quoted from a "
                     "cited provision (“Tại khoản 2 Điều 8 Thông tư số ... quy định: ...”) applied again. Photo "
                     "captions (“... Ảnh: Minh Anh.”), a news lead opened by its dateline (“(TTXVN) – ...”) and "
                     "paragraphs of links only are not compared.",
      bad="(mục 2.1) Việc huy động nguồn lực xã hội hóa để xây dựng hạ tầng giao thông nông thôn ở một số xã "
          "còn gặp nhiều khó khăn.\n(mục II) Việc huy động nguồn lực xã hội hóa để xây dựng hạ tầng giao thông "
          "nông thông ở một số xã còn gặp nhiều khó khăn.",
      good="(mục II) Việc huy động nguồn lực xã hội hóa cho hạ tầng giao thông còn khó khăn (đã nêu ở mục 2.1).")
def check_repeated_sentences(doc: Document, ctx):
    units, matches, passages, _ = _analysis(doc, ctx)
    in_passage = {u for p in passages for u in p.second}
    reported: set[int] = set()
    for m in matches:  # sorted by (first, second): the earliest source comes first
        if m.second in reported or m.second in in_passage:
            continue
        reported.add(m.second)
        a, b = units[m.first], units[m.second]
        this = ("Vế câu này", "This clause") if m.second_words != (0, len(b.codes)) else ("Câu này", "This sentence")
        that = ("một vế câu", "a clause") if m.first_words != (0, len(a.codes)) else ("một câu", "a sentence")
        yield _repeat_finding(doc, a, b, m, this, that, _where(doc, b.block, a.block))
    # two neighbouring clauses that differ in more than a slip of the keys are two statements
    # ("Căn cứ Quyết định số 642/...; Căn cứ Quyết định số 1000/..."): only copies are reported
    for sentence, a, b, m in _repeated_clauses(doc, ctx, units):
        if sentence not in reported and sentence not in in_passage and (not m.diffs or _typos_only(doc, a, b, m)):
            yield _repeat_finding(doc, a, b, m, ("Vế câu này", "This clause"), ("một vế câu", "a clause"),
                                  ("ở trước đó trong cùng câu", "earlier in this same sentence"))


def _repeated_clauses(doc: Document, ctx, units: list[Unit]) -> list[tuple[int, Unit, Unit, Match]]:
    """Clauses repeated inside one sentence, with the sentence's index (see repeated_clauses)."""
    words = doc_words(doc, ctx)
    formulas = Formulas(word_list(ctx, "duplicates_formulas.txt", "formulas"))
    return repeated_clauses(units, [b.text for b in doc.blocks], formulas.finder(words.numbering))


def _repeat_finding(doc: Document, a: Unit, b: Unit, m: Match, this: tuple[str, str], that: tuple[str, str],
                    where: tuple[str, str]):
    """KT402 on ``b`` repeating ``a``: word for word, or with the words that differ."""
    span_a, span_b = _matched_span(a, m.first_words), _matched_span(b, m.second_words)
    text_a = doc.blocks[a.block].text[span_a.start:span_a.end]
    text_b = doc.blocks[b.block].text[span_b.start:span_b.end]
    (this_vi, this_en), (that_vi, that_en), (where_vi, where_en) = this, that, where
    if squash_spaces(text_a.rstrip(".;:!?…")) == squash_spaces(text_b.rstrip(".;:!?…")):
        vi = f"{this_vi} lặp lại nguyên văn {that_vi} {where_vi}"
        en = f"{this_en} repeats {that_en} {where_en} word for word"
    elif not m.diffs:
        vi = f"{this_vi} lặp lại {that_vi} {where_vi} (chỉ khác dấu câu, chữ hoa hoặc cách đặt dấu thanh)"
        en = f"{this_en} repeats {that_en} {where_en} (only punctuation, case or tone marks differ)"
    else:
        shown_vi, shown_en = _diffs(doc, a, b, m)
        pct = int(m.ratio * 100)
        vi = f"{this_vi} gần trùng với {that_vi} {where_vi} (giống {pct}%; khác: {shown_vi})"
        en = f"{this_en} nearly repeats {that_en} {where_en} ({pct}% alike; differs: {shown_en})"
    # a sentence rewritten with other words is as often a parallel provision as a copy
    severity = None if not m.diffs or _typos_only(doc, a, b, m) else "info"
    return finding("KT402", vi, en, span_b, related=[span_a], severity=severity)


def _typos_only(doc: Document, a: Unit, b: Unit, m: Match) -> bool:
    """Whether every difference is one word against one word a letter apart ("thôn" /
    "thông"): a copy mangled by a slip of the keyboard, not a sentence rewritten."""
    text_a, text_b = doc.blocks[a.block].text, doc.blocks[b.block].text
    for i1, i2, j1, j2 in m.diffs:
        if i2 - i1 != 1 or j2 - j1 != 1:
            return False
        left = text_a[slice(*a.span(i1))].lower()
        right = text_b[slice(*b.span(j1))].lower()
        if left == right or not _one_letter_apart(left, right):
            return False
    return True


def _one_letter_apart(x: str, y: str) -> bool:
    """One letter added, dropped or changed."""
    if len(x) > len(y):
        x, y = y, x
    if len(y) - len(x) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) == 1
    return any(y[:k] + y[k + 1:] == x for k in range(len(y)))


def _matched_span(unit: Unit, words: tuple[int, int]) -> Span:
    """The whole sentence (with its closing punctuation) or exactly the matched words."""
    if words == (0, len(unit.codes)):
        return Span(unit.block, unit.start, unit.end)
    return Span(unit.block, unit.span(words[0])[0], unit.span(words[1] - 1)[1])


@rule("KT403", "repeated-passage", "duplicates", "warning",
      summary_vi="Một đoạn văn bản (nhiều câu, nhiều đoạn hoặc cả mục) bị lặp lại ở chỗ khác",
      summary_en="A passage (several sentences, paragraphs or a whole section) repeated elsewhere",
      explanation_vi="Khi cả một đoạn hoặc một mục được dán hai lần, quy tắc báo một lần cho cả đoạn lặp (ở chỗ "
                     "xuất hiện sau, kèm chỗ xuất hiện trước), thay vì báo từng câu: hai câu liên tiếp trở lên "
                     "trùng hoặc gần trùng theo đúng thứ tự thì được gộp thành một đoạn lặp. Khi cả một phần văn bản "
                     "đi song song với một phần trước đó (nhiều câu trùng rải rác, cách nhau một khoảng gần như "
                     "không đổi, xen kẽ nội dung khác, như hai báo cáo của hai chương trình ghép trong một tệp), "
                     "đó là hai bản của cùng một văn bản chứ không phải lỗi dán: quy tắc chỉ ghi chú một lần (mức "
                     "thông tin) thay vì báo từng câu.",
      explanation_en="When a whole passage or section is pasted twice, the rule reports the copy once (at the later "
                     "place, with the earlier one) instead of once per sentence: two or more consecutive sentences "
                     "repeated in the same order make one passage. When a whole stretch follows an earlier one "
                     "(many scattered matching sentences at a nearly constant distance, other text in between, as "
                     "two programmes' reports in one file), it is two versions of one text, not a pasting slip: "
                     "the rule notes it once (as information) instead of reporting each sentence.",
      bad="(mục I.1) Công tác tuyên truyền được thực hiện bằng nhiều hình thức. Các ngày lễ lớn được tổ chức "
          "trang trọng.\n(mục II.1.a) Công tác tuyên truyền được thực hiện bằng nhiều hình thức. Các ngày lễ lớn "
          "được tổ chức trang trọng.",
      good="(mục II.1.a) Kết quả tuyên truyền cụ thể: ... (không chép lại đoạn đã viết ở mục I.1)")
def check_repeated_passages(doc: Document, ctx):
    units, matches, passages, versions = _analysis(doc, ctx)
    yield from _version_notes(doc, units, versions)
    exact = {(m.first, m.second) for m in matches if m.ratio == 1.0}
    per_section: Counter | None = None  # units per section, counted when a passage needs it
    for p in passages:
        later = _block_spans(units, p.second)
        earlier = _block_spans(units, p.first)
        n, paras = len(p.second), len(later)
        how_vi, how_en = ("nguyên văn", "word for word") if all(
            (i, j) in exact or units[i].codes == units[j].codes for i, j in zip(p.first, p.second)) \
            else ("gần nguyên văn", "almost word for word")
        where_vi, where_en = _where(doc, later[0].block, earlier[0].block)
        if per_section is None:
            per_section = Counter(doc.blocks[u.block].section for u in units)
        section = _whole_section(doc, units, p.second, per_section)
        if section is not None:
            d = section_display(section)
            vi = f"Toàn bộ mục {d} ({paras} đoạn văn, {n} câu) lặp lại {how_vi} nội dung {where_vi}"
            en = f"All of section {d} ({paras} paragraphs, {n} sentences) repeats {how_en} the text {where_en}"
        elif paras == 1:
            vi = f"{n} câu liên tiếp này lặp lại {how_vi} {n} câu {where_vi}"
            en = f"These {n} consecutive sentences repeat {how_en} {n} sentences {where_en}"
        else:
            vi = f"Từ đây, {paras} đoạn văn ({n} câu) lặp lại {how_vi} một đoạn {where_vi}"
            en = f"From here, {paras} paragraphs ({n} sentences) repeat {how_en} a passage {where_en}"
        # a passage rewritten here and there is as often a parallel provision as a copy
        yield finding("KT403", vi, en, later[0], related=earlier,
                      severity=None if how_en == "word for word" else "info")


def _version_notes(doc: Document, units: list[Unit], versions: list[Version]):
    """One note per stretch that follows an earlier one as another version of the text."""
    for v in versions:
        first = v.matches[0]
        later = units[first.second]
        earlier = [Span(units[m.first].block, units[m.first].start, units[m.first].end) for m in v.matches]
        paras = len({units[m.second].block for m in v.matches})
        where_vi, where_en = _where(doc, later.block, units[first.first].block)
        vi = (f"Từ đây, {paras} đoạn văn trùng hoặc gần trùng với các đoạn tương ứng {where_vi}, xen kẽ nội dung "
              f"khác: có vẻ là hai bản của cùng một văn bản trong một tệp (nếu không phải, hãy rà lại các đoạn trùng)")
        en = (f"From here, {paras} paragraphs repeat or nearly repeat the matching paragraphs {where_en}, with other "
              f"text in between: this looks like two versions of one text in one file (if not, review the repeats)")
        yield finding("KT403", vi, en, Span(later.block, later.start, later.end), related=earlier, severity="info")


def _block_spans(units: list[Unit], indices: tuple[int, ...]) -> list[Span]:
    """One span per block covered by the units, from the first unit's start to the last's end."""
    spans: list[Span] = []
    for k in indices:
        u = units[k]
        if spans and spans[-1].block == u.block:
            spans[-1] = Span(u.block, spans[-1].start, u.end)
        else:
            spans.append(Span(u.block, u.start, u.end))
    return spans


def _whole_section(doc: Document, units: list[Unit], indices: tuple[int, ...],
                   per_section: Counter) -> tuple[str, ...] | None:
    """The section whose prose is exactly these units, if there is one (not the whole document);
    ``per_section`` counts the units of each section path (without its subsections)."""
    path = doc.blocks[units[indices[0]].block].section
    if not path:
        return None
    n = len(path)
    # these units are all in the section, and the section (subsections included) has no other
    if any(doc.blocks[units[k].block].section[:n] != path for k in indices):
        return None
    inside = sum(count for section, count in per_section.items() if section[:n] == path)
    return path if inside == len(set(indices)) else None


def _where(doc: Document, here: int, there: int) -> tuple[str, str]:
    """Where ``there`` is, said from ``here``: "ở mục A › II › 1.2", or how many paragraphs
    above in the same section ("ở trên, cách 3 đoạn, trong cùng mục")."""
    if here == there:
        return "ngay trong đoạn này", "in this same paragraph"
    a, b = doc.blocks[here].section, doc.blocks[there].section
    if b and a != b:
        d = section_display(b)
        return f"ở mục {d}", f"in section {d}"
    if not b and a:
        return "ở phần đầu văn bản", "near the start of the document"
    n = here - there
    same_vi, same_en = (", trong cùng mục", ", in the same section") if b else ("", "")
    if n == 1:
        return f"ở đoạn ngay trên{same_vi}", f"in the paragraph just above{same_en}"
    return f"ở trên, cách {n} đoạn{same_vi}", f"{n} paragraphs above{same_en}"


def _diffs(doc: Document, a: Unit, b: Unit, m: Match) -> tuple[str, str]:
    """The differing words, earlier / later: "“thôn” / “thông”"."""
    text_a, text_b = doc.blocks[a.block].text, doc.blocks[b.block].text
    shown_vi, shown_en = [], []
    for i1, i2, j1, j2 in m.diffs[:MAX_DIFFS_SHOWN]:
        left = _words(text_a, a, i1, i2)
        right = _words(text_b, b, j1, j2)
        shown_vi.append(f"{left or '(không có)'} / {right or '(không có)'}")
        shown_en.append(f"{left or '(nothing)'} / {right or '(nothing)'}")
    more = "; …" if len(m.diffs) > MAX_DIFFS_SHOWN else ""
    return "; ".join(shown_vi) + more, "; ".join(shown_en) + more


def _words(text: str, unit: Unit, i: int, j: int, limit: int = 40) -> str:
    if i >= j:
        return ""
    piece = text[unit.span(i)[0]:unit.span(j - 1)[1]]
    if len(piece) > limit:
        piece = piece[:limit - 1].rstrip() + "…"
    return f"“{piece}”"
