"""KT401-KT403, second round of issue 17: the shapes behind the false alarms on text nobody tuned
on (news reports, tax letters, circulars), each in invented sentences with a correct and a wrong
version."""

from __future__ import annotations

import pytest


@pytest.fixture
def check(lint_text):
    """``check(md, codes)``: the findings of ``md``, through the shared ``lint_text``."""
    def run(md: str, codes=("KT402", "KT403")):
        return lint_text(md, codes).findings
    return run


def excerpts(findings):
    return [(f.rule, f.place["excerpt"], f.place["location"]["start"]) for f in findings]


# --- KT401: a phrase on both sides of a word --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # a verb between: the second copy is its object
    "Người bán lập đầy đủ các nội dung trên hóa đơn gửi hóa đơn cho người mua.",
    # a verb between two prepositional phrases
    "Học phí cho con của người lao động làm việc tại Việt Nam học tại Việt Nam được trừ.",
    # an enumeration: the phrase opens with "hoặc"
    "Không có hồ sơ xác định giá vốn hoặc giá mua hoặc giá thuê thì áp dụng thuế suất 2%.",
    # "thì" mistyped "thị": a noun between
    "Sản phẩm dùng cho hoạt động của đơn vị thị đơn vị không phải kê khai.",
    # the unit after "triệu tỷ"
    "Sau chữ số hàng nghìn, triệu, tỷ, nghìn tỷ, triệu tỷ, tỷ tỷ phải đặt dấu chấm.",
])
def test_two_parts_of_a_sentence_are_not_a_leftover(check, sentence):
    assert check(sentence + "\n", ("KT401",)) == []


@pytest.mark.parametrize("sentence, excerpt, start", [
    ("Ủy ban nhân dân xã đã chỉ đạo sát chỉ đạo các thôn rà soát.", "chỉ đạo", 34),
    ("Tiếp tục nâng cao chất lượng mạnh chất lượng giáo dục.", "chất lượng", 34),
    ("Đoàn sẽ rà soát kỹ rà soát hồ sơ của các xã.", "rà soát", 19),
])
def test_a_leftover_around_a_modifier_is_found(check, sentence, excerpt, start):
    assert excerpts(check(sentence + "\n", ("KT401",))) == [("KT401", excerpt, start)]


@pytest.mark.parametrize("sentence, excerpt, start", [
    # five syllables typed twice
    ("Sinh viên nắm vững các kiến thức cơ bản về kiến thức cơ bản về kinh tế và quản lý.",
     "kiến thức cơ bản về", 43),
    # the segmenter glues the second copy's last syllable to the next word ("đơn điện tử")
    ("Người bán hủy hóa đơn đã lập và lập hóa đơn hóa đơn điện tử mới thay thế.", "hóa đơn", 44),
])
def test_a_long_phrase_typed_twice_is_found(check, sentence, excerpt, start):
    assert excerpts(check(sentence + "\n", ("KT401",))) == [("KT401", excerpt, start)]


def test_a_chain_of_bodies_is_not_a_long_repeat(check):
    assert check("Phòng Tư pháp thuộc Ủy ban nhân dân thuộc Ủy ban nhân dân cấp huyện.\n", ("KT401",)) == []


# --- KT402 / KT403: what a page or a report sets around its text ------------------------------

BODY = "Năm 2024, các doanh nghiệp có vốn đầu tư nước ngoài tạo ra 327 nghìn tỷ đồng lợi nhuận trên địa bàn"
OTHER = "Số doanh nghiệp thành lập mới trong năm tăng mạnh so với cùng kỳ năm trước ở hầu hết các ngành."
THIRD = "Thu ngân sách trên địa bàn vượt dự toán nhờ nguồn thu từ hoạt động xuất nhập khẩu phục hồi."


def test_a_photo_caption_restating_the_body(check):
    for caption in (f"{BODY}. Ảnh: Minh Anh.", f"{BODY}. (Ảnh: T.Hà)", f"{BODY}.\n\nẢnh: Internet",
                    f"{BODY}. Ảnh tư liệu"):
        md = f"Tin kinh tế\n\n{caption}\n\n{OTHER}\n\n{THIRD} {BODY}.\n"
        assert check(md) == [], caption
    # the same line without a credit is a sentence of the body, pasted twice
    md = f"Tin kinh tế\n\n{BODY}.\n\n{OTHER}\n\n{THIRD} {BODY}.\n"
    assert [(f.rule, f.severity, f.message.vi) for f in check(md)] == [
        ("KT402", "warning", "Câu này lặp lại nguyên văn một câu ở trên, cách 2 đoạn")]


def test_a_news_lead_opened_by_a_dateline(check):
    for lead in (f"(TTXVN) – {BODY}.", f"more(HDDTVN)- {BODY} nhờ các chính sách mới.", f"more{BODY}."):
        md = f"Tin kinh tế\n\n{BODY}.\n\n{OTHER}\n\n{lead}\n"
        assert check(md) == [], lead
    md = f"Tin kinh tế\n\n{BODY}.\n\n{OTHER}\n\nTheo Cục Thống kê – {BODY}.\n"
    assert [f.rule for f in check(md)] == ["KT402"]


def test_a_paragraph_of_links(check):
    title = "Kim ngạch xuất nhập khẩu qua cửa khẩu của tỉnh tăng mạnh trong quý III năm nay"
    url = "https://example.vn/tin-tuc/kim-ngach-xuat-nhap-khau-qua-cua-khau-cua-tinh-tang-manh-trong-quy-iii-12345.html"
    md = (f"Tin kinh tế\n\n{OTHER}\n\n[![{title}](https://example.vn/anh/12345.jpg \"{title}\")]({url} \"{title}\")\n\n"
          f"[{title}]({url} \"{title}\")\n")
    assert check(md) == []
    # the link's words written out as a sentence of the text are a copy
    md = f"Tin kinh tế\n\n{OTHER}\n\n{title}.\n\nXem thêm: {title}.\n"
    assert [f.rule for f in check(md)] == ["KT402"]


def test_a_highlight_restating_the_body(check):
    md = f"**1. Kết quả**\n\n{BODY}. {OTHER}\n\n{THIRD}\n\n**{BODY}. {OTHER}**\n"
    assert check(md) == []
    # both copies plain: a passage pasted twice
    md = f"**1. Kết quả**\n\n{BODY}. {OTHER}\n\n{THIRD}\n\n{BODY}. {OTHER}\n"
    assert [(f.rule, f.severity) for f in check(md)] == [("KT403", "warning")]


def test_a_paragraph_ending_with_a_semicolon_is_an_item_of_an_enumeration(check):
    item = "Thành phố xác định 17 chỉ tiêu chủ yếu, như tốc độ tăng trưởng tổng sản phẩm giai đoạn 2021-2025 từ 7,5%"
    more = "; tỷ trọng kinh tế số chiếm khoảng 30%; tỷ lệ trường chuẩn quốc gia từ 80% đến 85% vào cuối kỳ."
    md = f"Tin kinh tế\n\n{item};\n\n{OTHER}\n\n{item}{more}\n"
    assert check(md) == []
    md = f"Tin kinh tế\n\n{item}.\n\n{OTHER}\n\n{item}{more}\n"
    assert [f.rule for f in check(md)] == ["KT402"]


def test_one_rule_in_two_clauses_of_a_text_in_articles(check):
    rule_text = ("Trường hợp cần ghi thêm chữ nước ngoài thì chữ nước ngoài được đặt bên phải trong ngoặc đơn hoặc "
                 "ngay dưới dòng tiếng Việt")
    md = (f"**Điều 2. Phạm vi**\n\nThông tư này áp dụng cho hóa đơn điện tử.\n\n**Điều 3. Nội dung**\n\n"
          f"1. Tên hàng hóa được ghi bằng tiếng Việt.\n\n{rule_text}.\n\n2. Chữ viết trên hóa đơn là tiếng Việt. "
          f"{rule_text}.\n")
    assert check(md) == []
    # in one clause, the same words twice are a copy
    md = (f"**Điều 2. Phạm vi**\n\nThông tư này áp dụng cho hóa đơn điện tử.\n\n**Điều 3. Nội dung**\n\n"
          f"1. Tên hàng hóa được ghi bằng tiếng Việt.\n\n{rule_text}.\n\nChữ viết trên hóa đơn là tiếng Việt. "
          f"{rule_text}.\n")
    assert [f.rule for f in check(md)] == ["KT402"]
