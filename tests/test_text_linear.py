"""The sentence splitter and the figure scan on shapes that used to take super-linear time
(issue 20): the answers are pinned here, the seconds are in bench/hostile.md."""

from __future__ import annotations

from kiemtra_lint.text import sentences
from kiemtra_lint.readers.textfile import parse_text
from kiemtra_lint.rules.figures.repeats import statements


def test_a_paragraph_of_dotted_numbers_is_one_sentence():
    assert sentences("1." * 8000) == [(0, 16000)]
    assert sentences("1" * 20000) == [(0, 20000)]


def test_labels_up_to_seven_levels_do_not_end_a_sentence():
    assert sentences("Mục 1.2.3.4.5.6.7. Nội dung chính.") == [(0, 34)]
    assert sentences("Theo 1.2. Hai câu. Ba câu.") == [(0, 18), (19, 26)]
    # eight or more levels is no label: the full stop ends the sentence
    assert sentences("Mã 1.2.3.4.5.6.7.8. Sau đó") == [(0, 19), (20, 26)]


def test_a_count_of_members_is_found_from_its_first_digit():
    doc = parse_text("Ban Thường vụ Huyện ủy có 13 đồng chí.\n" + "1" * 5000 + " đồng chí\n", "a.txt", "txt")
    assert [(s.body, s.token.value) for s in statements(doc)] == [("Ban Thường vụ Huyện ủy", 13)]
