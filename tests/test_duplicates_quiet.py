"""KT401-KT403 on the shapes of real published text (issue 17): invented sentences, a correct and
a wrong version of each shape."""

from __future__ import annotations

import pytest


@pytest.fixture
def check(lint_text):
    """``check(md, codes)``: the findings of ``md``, through the shared ``lint_text``."""
    def run(md: str, codes=("KT401",)):
        return lint_text(md, codes).findings
    return run


def excerpts(findings):
    return [(f.rule, f.place["excerpt"], f.place["location"]["start"]) for f in findings]


# --- KT401: two words that share a syllable are not a repeat ---------------------------------

@pytest.mark.parametrize("sentence", [
    "Sở Tài chính ban hành quy định định mức chi cho hoạt động này.",
    "Nhà trường tổ chức cho học sinh sinh hoạt ngoại khóa hằng tuần.",
    "Tổ chuyên môn môn Ngữ văn họp định kỳ.",
    "Các cơ sở phải bảo đảm an toàn toàn diện cho người lao động.",
    "Chất lượng được nâng lên dần dần qua từng năm.",
    "Cần làm từ từ, không nóng vội.",
    "Đồng chí Trưởng ban Ban Nội chính Tỉnh ủy dự họp.",
    "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC",
    "Xử lý nghiêm hành vi vi phạm pháp luật về đất đai.",
    "Xây dựng hệ thống giao thông thông minh.",
    "Cục trưởng Cục Thuế chịu trách nhiệm thi hành.",
    "Tài liệu được nộp vào lưu trữ tại lưu trữ lịch sử của tỉnh.",
    "Văn phòng thuộc Ủy ban nhân dân thuộc Ủy ban nhân dân cấp xã.",
])
def test_words_that_share_a_syllable_or_a_deliberate_pattern(check, sentence):
    assert check(sentence + "\n") == []


@pytest.mark.parametrize("sentence, excerpt, start", [
    ("Huyện ủy đã đã chỉ đạo quyết liệt.", "đã", 12),
    ("Tiếp tục đẩy mạnh đẩy mạnh cải cách hành chính.", "đẩy mạnh", 18),
    ("Phấn đấu nâng cao nâng cao chất lượng đảng viên.", "nâng cao", 18),
    ("Đoàn sẽ kiểm tra kỹ kiểm tra hồ sơ của các xã.", "kiểm tra", 20),
    ("Báo cáo gửi về Ủy ban nhân dân tỉnh tỉnh trước ngày 15.", "tỉnh", 36),
    ("Hồ sơ gửi kèm của của đơn vị đề nghị.", "của", 18),
])
def test_a_word_or_phrase_typed_twice(check, sentence, excerpt, start):
    assert excerpts(check(sentence + "\n")) == [("KT401", excerpt, start)]


# --- KT402 / KT403: duplicates by design and copy-paste slips ---------------------------------

SENTENCE = "Tổ chức tiếp nhận hồ sơ, thẩm định và trình cấp có thẩm quyền phê duyệt trong thời hạn quy định"


def test_annex_forms_and_recipients_repeat_by_design(check):
    md = (f"**1. Nhiệm vụ**\n\n{SENTENCE}.\n\nNơi nhận:\n\n- {SENTENCE};\n\n**PHỤ LỤC I**\n\n"
          f"{SENTENCE}.\n\n**Mẫu số 02**\n\n{SENTENCE}.\n")
    assert check(md, ("KT402", "KT403")) == []


def test_table_lines_and_the_title_restated_are_not_copies(check):
    md = (f"KẾ HOẠCH\n\n{SENTENCE}\n\n**I. MỤC ĐÍCH**\n\n{SENTENCE}.\n\n"
          f"| 1 | {SENTENCE} | 5 ngày |\n\n| 2 | {SENTENCE} | 5 ngày |\n")
    assert check(md, ("KT402", "KT403")) == []


def test_a_sentence_pasted_twice_in_running_text(check):
    md = f"**1. Nhiệm vụ**\n\n{SENTENCE}.\n\n**2. Giải pháp**\n\nTrước hết, cần làm rõ trách nhiệm. {SENTENCE}.\n"
    findings = check(md, ("KT402",))
    assert [(f.severity, f.message.vi) for f in findings] == [
        ("warning", "Câu này lặp lại nguyên văn một câu ở mục 1")]


def test_a_rewritten_sentence_is_only_noted_but_a_mangled_copy_is_warned(check):
    rewritten = SENTENCE.replace("phê duyệt", "quyết định")
    mangled = SENTENCE.replace("thời hạn", "thời hạng")
    for later, severity in ((rewritten, "info"), (mangled, "warning")):
        md = f"**1. Nhiệm vụ**\n\n{SENTENCE}.\n\n**2. Giải pháp**\n\nCần làm rõ trách nhiệm. {later}.\n"
        assert [f.severity for f in check(md, ("KT402",))] == [severity]


def test_a_title_line_the_body_restates(check):
    md = f"**1. Tin hoạt động**\n\n{SENTENCE}\n\nNgày 15/3, Sở Nội vụ đề nghị: {SENTENCE}.\n"
    assert check(md, ("KT402", "KT403")) == []
    md = f"**1. Tin hoạt động**\n\n{SENTENCE}.\n\nNgày 15/3, Sở Nội vụ đề nghị: {SENTENCE}.\n"
    assert [f.rule for f in check(md, ("KT402", "KT403"))] == ["KT402"]


def test_a_standard_clause_in_two_articles_is_by_design(check):
    clause = "Biên bản có nhiều trang thì người lập phải ký vào từng trang và ghi rõ họ tên của mình"
    md = f"**Điều 3. Kê biên tài sản**\n\n{clause}.\n\n**Điều 8. Thu giữ giấy tờ**\n\n{clause}.\n"
    assert check(md, ("KT402", "KT403")) == []
    md = f"**1. Kê biên tài sản**\n\n{clause}.\n\n**2. Thu giữ giấy tờ**\n\n{clause}.\n"
    assert [f.rule for f in check(md, ("KT402", "KT403"))] == ["KT402"]


def test_a_passage_rewritten_here_and_there_is_only_noted(check):
    one = "Công tác tuyên truyền được thực hiện bằng nhiều hình thức phong phú, phù hợp với từng đối tượng."
    two = "Các ngày lễ lớn của đất nước được tổ chức trang trọng, thiết thực và tiết kiệm theo quy định."
    edited = two.replace("trang trọng", "chu đáo")
    for later, severity in ((f"{one} {two}", "warning"), (f"{one} {edited}", "info")):
        md = f"**1. Kết quả**\n\n{one} {two}\n\n**2. Hạn chế**\n\n{later}\n"
        assert [(f.rule, f.severity) for f in check(md, ("KT402", "KT403"))] == [("KT403", severity)]


def test_the_preamble_restated_in_the_body(check):
    md = f"Thực hiện chỉ đạo của Tỉnh ủy: {SENTENCE}.\n\n**I. KẾT QUẢ**\n\nCụ thể như sau. {SENTENCE}.\n"
    assert check(md, ("KT402", "KT403")) == []


def test_articles_the_outline_does_not_make_sections(check):
    clause = "Biên bản có nhiều trang thì người lập phải ký vào từng trang và ghi rõ họ tên của mình"
    md = (f"**Chương II**\n\nĐiều 3. Người kê biên phải lập biên bản.\n\n{clause}.\n\n"
          f"Điều 8. Người thu giữ phải lập biên bản.\n\n{clause}.\n")
    assert check(md, ("KT402", "KT403")) == []
